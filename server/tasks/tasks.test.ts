import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorBody, tasksPage } from '../../contract/index.ts';
import { apiClient, WS1, WS2, type ApiClient, type QueryValues, type Who } from '../test-client.ts';
import { startTestServer, type TestServer } from '../testing.ts';

let server: TestServer;
let api: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  api = apiClient(server.apiUrl);
});
afterAll(() => server.close());

async function tasks(query: QueryValues = {}, ws = WS1, as: Who = 'lead') {
  const res = await api.get(`${ws}/tasks`, { as, query });
  expect(res.status, res.text).toBe(200);
  return tasksPage.parse(res.json);
}

describe('GET …/tasks', () => {
  it('answers a page with total, tasks shaped like the embedded task', async () => {
    const page = await tasks();
    expect(page).toMatchObject({ page: 1, per_page: 50, total: 25 });
    expect(page.data).toHaveLength(25);
    for (const t of page.data) {
      expect(t.workspace_id).toBe(1);
      expect(['todo', 'in_progress', 'done', 'blocked']).toContain(t.status?.type);
      expect(['none', 'low', 'medium', 'high']).toContain(t.priority);
      for (const tag of t.tags ?? []) expect(tag.color).toMatch(/^#[0-9a-f]{6}$/);
    }
    const names = page.data.map((t) => t.name.toLowerCase());
    expect(names).toEqual([...names].sort());
    expect(page.data.some((t) => t.project === null && t.client === null)).toBe(true);
    const billable = page.data.find((t) => t.project?.rate?.billable);
    expect(billable?.project?.rate).toMatchObject({
      currency: expect.any(String),
      hourly_rate: expect.any(Number),
    });
  });

  it('pages', async () => {
    const third = await tasks({ per_page: 10, page: 3 });
    expect(third).toMatchObject({ page: 3, per_page: 10, total: 25 });
    expect(third.data).toHaveLength(5);
  });

  it('searches task, project and client names, case-insensitively and literally', async () => {
    const byProject = await tasks({ name: 'website' });
    expect(byProject.total).toBe(5);
    expect(byProject.data.every((t) => t.project?.name === 'Website Redesign')).toBe(true);
    const byClient = await tasks({ name: 'GLOBEX' });
    expect(byClient.data.every((t) => t.client?.name === 'Globex Corporation')).toBe(true);
    expect(byClient.total).toBe(5);
    const byTask = await tasks({ name: 'sync' });
    expect(byTask.data.map((t) => t.name).sort()).toEqual(['Offline sync', 'Weekly client sync']);
    expect((await tasks({ name: '%' })).total).toBe(0);
    expect((await tasks({ name: '&' })).total).toBe(3);
  });

  it('answers the tasks of the workspace asked for', async () => {
    const side = await tasks({}, WS2, 'outsider');
    expect(side.total).toBe(4);
    expect(side.data.every((t) => t.workspace_id === 2)).toBe(true);
  });

  it.each([
    [{ per_page: 101 }, 'per_page'],
    [{ page: 0 }, 'page'],
    [{ name: 'x'.repeat(201) }, 'name'],
    [{ status: 'done' }, 'status'],
  ])('rejects %o naming %s', async (query, field) => {
    const res = await api.get(`${WS1}/tasks`, { query });
    expect(res.status).toBe(400);
    expect(apiErrorBody.parse(res.json).error_description).toContain(field);
  });
});
