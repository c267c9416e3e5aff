import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorBody, tasksPage, timeEntryStream, type TimeEntry } from '../../contract/index.ts';
import { DEMO_ACCOUNTS } from '../demo/accounts.ts';
import { ALL_TIME, apiClient, WS1, WS2, type ApiClient, type QueryValues, type Who } from '../test-client.ts';
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

  it('counts each task’s entries, tracked time and time blocks from the entries the caller sees', async () => {
    for (const as of ['lead', 'member'] as const) {
      const seen = async (archived: boolean) =>
        timeEntryStream.parse(
          (await api.get(`${WS1}/time-entries/stream`, { as, query: { ...ALL_TIME, archived } })).json,
        );
      const entries: TimeEntry[] = [...(await seen(false)), ...(await seen(true))];
      const page = await tasks({ per_page: 100 }, WS1, as);
      for (const t of page.data) {
        const mine = entries.filter((e) => e.task_id === t.id);
        const blocks = new Set(mine.flatMap((e) => (e.time_block_id === null ? [] : [e.time_block_id])));
        const running = new Set(mine.filter((e) => e.duration === null).map((e) => e.time_block_id));
        const activity = mine.filter((e) => e.type === 'activity');
        expect(t).toMatchObject({
          time_entry_total_count: mine.length,
          total_tracked_time: activity.reduce((sum, e) => sum + (e.duration ?? 0), 0),
          time_block_total_count: blocks.size,
          time_block_completed_count: [...blocks].filter((b) => !running.has(b)).length,
          sub_task_total_count: 0,
        });
        const first = Math.min(...mine.map((e) => Date.parse(e.start ?? e.created_at)));
        expect(Date.parse(String(t.created_at))).toBeLessThan(first);
      }
      const counted = page.data.reduce((sum, t) => sum + Number(t.time_entry_total_count), 0);
      expect(counted).toBe(entries.filter((e) => e.task_id !== null).length);
    }
  });

  it('says who made each task and what the caller may do on its project', async () => {
    const lead = await tasks({ name: 'website' });
    const member = await tasks({ name: 'website' }, WS1, 'member');
    expect(lead.data.every((t) => t.toggl_user_id === DEMO_ACCOUNTS.lead.userId)).toBe(true);
    expect(lead.data[0]?.project?.permissions).toEqual(['track_time', 'manage_time_entries']);
    expect(member.data[0]?.project?.permissions).toEqual(['track_time']);
    expect(lead.data[0]?.project?.rate).toMatchObject({
      project_name: 'Website Redesign',
      project_rate_id: lead.data[0]?.project?.id,
      has_more_rates: false,
      end_at: null,
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
