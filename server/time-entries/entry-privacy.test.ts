/** What a member without manage_time_entries learns about someone else's entry through the task paths. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorBody, tasksPage, timeEntry } from '../../contract/index.ts';
import { apiClient, WS1, type ApiClient } from '../test-client.ts';
import { startTestServer, type TestServer } from '../testing.ts';

let server: TestServer;
let api: ApiClient;
let taskIds: number[];
let leads: number;
const NO_SUCH_ENTRY = 987_654;

beforeAll(async () => {
  server = await startTestServer();
  api = apiClient(server.apiUrl);
  taskIds = tasksPage
    .parse((await api.get(`${WS1}/tasks`, { query: { per_page: 100 } })).json)
    .data.map((t) => t.id);
  const created = await api.post(`${WS1}/tasks/3/time-entries`, {
    body: { type: 'activity', start: '2031-05-05T09:00:00Z', duration: 900 },
  });
  leads = timeEntry.parse(created.json).id;
});
afterAll(() => server.close());

/** The answer with its ids and trace left out, to compare answers about different entries. */
async function answer(method: 'GET' | 'PATCH', task: number, id: number) {
  const res = await api.call(method, `${WS1}/tasks/${task}/time-entries/${id}`, {
    as: 'member',
    ...(method === 'PATCH' ? { body: { duration: 60 } } : {}),
  });
  const body = apiErrorBody.parse(res.json);
  return {
    status: res.status,
    error: body.error,
    description: body.error_description.replaceAll(String(id), 'ID'),
  };
}

describe("someone else's entry, for a member", () => {
  it('reads as 404 under every task, exactly as an entry that does not exist', async () => {
    expect(taskIds.length).toBeGreaterThan(3);
    for (const task of taskIds) {
      const theirs = await answer('GET', task, leads);
      expect(theirs, `task ${task}`).toEqual(await answer('GET', task, NO_SUCH_ENTRY));
      expect(theirs.status).toBe(404);
    }
  });

  it('is refused a change with the same 403 under every task, so the task stays unknown', async () => {
    const answers = await Promise.all(taskIds.map((task) => answer('PATCH', task, leads)));
    for (const a of answers) {
      expect(a.status).toBe(403);
      expect(a.description).toBe(
        'time entry ID belongs to someone else; changing it needs manage_time_entries',
      );
    }
    const unchanged = await api.get(`${WS1}/tasks/3/time-entries/${leads}`);
    expect(timeEntry.parse(unchanged.json).duration).toBe(900);
  });
});
