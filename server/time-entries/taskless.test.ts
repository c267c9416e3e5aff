import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiErrorBody,
  timeBlockStream,
  timeEntry,
  timeEntryStream,
  timeEntryWithTaskPage,
  type TimeEntry,
} from '../../contract/index.ts';
import { DEMO_ACCOUNTS } from '../demo/accounts.ts';
import { ALL_TIME, apiClient, WS1, type ApiClient, type QueryValues, type Who } from '../test-client.ts';
import { startTestServer, type TestServer } from '../testing.ts';

let server: TestServer;
let api: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  api = apiClient(server.apiUrl);
});
afterAll(() => server.close());

const CREATE = `${WS1}/time-entries`;
const WINDOW = { date_from: '2033-03-01T00:00:00Z', date_to: '2033-03-31T23:59:59Z' };

async function createTaskless(body: Record<string, unknown> = {}, as: Who = 'lead'): Promise<TimeEntry> {
  const res = await api.post(CREATE, {
    as,
    body: { type: 'activity', start: '2033-03-07T08:00:00Z', duration: 1200, time_block_id: 91_001, ...body },
  });
  expect(res.status, res.text).toBe(201);
  return timeEntry.parse(res.json);
}

async function listIds(query: QueryValues = {}, as: Who = 'lead'): Promise<number[]> {
  const res = await api.get(`${WS1}/time-entries`, { as, query: { ...WINDOW, per_page: 100, ...query } });
  expect(res.status, res.text).toBe(200);
  return timeEntryWithTaskPage.parse(res.json).data.map((e) => e.id);
}

describe('taskless entries', () => {
  it('are created without a task at the workspace level, answering 201 with the entry', async () => {
    const entry = await createTaskless();
    expect(entry).toMatchObject({
      task_id: null,
      type: 'activity',
      start: '2033-03-07T08:00:00.000Z',
      duration: 1200,
      toggl_user_id: DEMO_ACCOUNTS.lead.userId,
    });
    const forMember = await createTaskless({ user_id: DEMO_ACCOUNTS.member.userId });
    expect(forMember.toggl_user_id).toBe(DEMO_ACCOUNTS.member.userId);
  });

  it('stay out of the workspace list and stream unless include_taskless is true', async () => {
    const entry = await createTaskless({ start: '2033-03-08T08:00:00Z' });
    expect(await listIds()).not.toContain(entry.id);
    expect(await listIds({ include_taskless: false })).not.toContain(entry.id);
    const page = timeEntryWithTaskPage.parse(
      (await api.get(`${WS1}/time-entries`, { query: { ...WINDOW, include_taskless: true } })).json,
    );
    expect(page.data.find((e) => e.id === entry.id)).toMatchObject({ task_id: null, task: null });
    const stream = (query: QueryValues) =>
      api.get(`${WS1}/time-entries/stream`, { query: { ...WINDOW, ...query } });
    expect(timeEntryStream.parse((await stream({})).json).map((e) => e.id)).not.toContain(entry.id);
    const withTaskless = timeEntryStream.parse((await stream({ include_taskless: true })).json);
    expect(withTaskless.find((e) => e.id === entry.id)).toMatchObject({ task: null });
    // A filter by task or status names tasks, so no taskless entry matches it.
    expect(await listIds({ include_taskless: true, task_id: 1 })).not.toContain(entry.id);
    expect(await listIds({ include_taskless: true, expand_calendar_event: true })).toContain(entry.id);
  });

  it('are in their time block, and the demo data has some', async () => {
    const entry = await createTaskless({ start: '2033-03-09T08:00:00Z', time_block_id: 91_002 });
    const blocks = await api.get(`${WS1}/time-entries/time-block-ids/stream`, {
      query: { time_block_id: 91_002 },
    });
    expect(timeBlockStream.parse(blocks.json).map((e) => e.id)).toEqual([entry.id]);
    const seeded = timeEntryStream
      .parse(
        (await api.get(`${WS1}/time-entries/stream`, { query: { ...ALL_TIME, include_taskless: true } }))
          .json,
      )
      .filter((e) => e.task_id === null);
    expect(seeded.length).toBeGreaterThan(20);
    expect(new Set(seeded.map((e) => e.toggl_user_id)).size).toBeGreaterThan(5);
  });

  it('are under no task: the task routes answer 404 for them', async () => {
    const entry = await createTaskless({ start: '2033-03-10T08:00:00Z' });
    const under = `${WS1}/tasks/1/time-entries/${entry.id}`;
    expect((await api.get(under)).status).toBe(404);
    expect((await api.patch(under, { body: { duration: 60 } })).status).toBe(404);
    expect((await api.post(`${under}/archive`)).status).toBe(404);
  });

  it('are read, changed, archived, deleted and restored by id alone', async () => {
    const entry = await createTaskless({ start: '2033-03-13T08:00:00Z' });
    const byId = `${WS1}/time-entries/${entry.id}`;
    const read = async () => timeEntry.parse((await api.get(byId)).json);
    expect(await read()).toMatchObject({ id: entry.id, task_id: null });
    expect((await api.patch(byId, { body: { duration: 1500 } })).status).toBe(204);
    expect((await api.put(byId, { body: { type: 'break', start: '2033-03-13T08:30:00Z' } })).status).toBe(
      204,
    );
    expect(await read()).toMatchObject({ type: 'break', duration: null, task_id: null });
    expect((await api.post(`${byId}/archive`)).status).toBe(204);
    expect((await read()).archived_at).not.toBeNull();
    expect((await api.post(`${byId}/unarchive`)).status).toBe(204);
    expect((await read()).archived_at).toBeNull();
    expect((await api.delete(byId)).status).toBe(204);
    expect((await api.get(byId)).status).toBe(404);
    expect((await api.patch(`${byId}/restore`)).status).toBe(204);
    expect((await api.patch(byId, { body: { task_id: 4 } })).status).toBe(204);
    expect(await read()).toMatchObject({ task_id: 4 });
    // An entry with a task is found by id alone too; someone else's stays out of a member's reach: a read
    // is a 404, as for an id that does not exist, and a change a 403 (docs/contract-notes.md).
    expect((await api.get(byId, { as: 'member' })).status).toBe(404);
    expect((await api.patch(byId, { as: 'member', body: { duration: 60 } })).status).toBe(403);
    expect((await api.get(`${WS1}/time-entries/999999999`)).status).toBe(404);
  });

  it('are created in bulk by leaving task_id out', async () => {
    const items = [
      { type: 'activity', start: '2033-03-14T08:00:00Z', duration: 600, time_block_id: 91_003 },
      { task_id: 2, type: 'break', start: '2033-03-14T09:00:00Z', duration: 300, time_block_id: 91_003 },
    ];
    expect((await api.post(`${WS1}/time-entries/bulk`, { body: items })).status).toBe(204);
    const made = timeBlockStream.parse(
      (await api.get(`${WS1}/time-entries/time-block-ids/stream`, { query: { time_block_id: 91_003 } })).json,
    );
    expect(made.map((e) => e.task_id).sort()).toEqual([2, null]);
  });

  it('take a task, and are deleted and restored, through the bulk routes', async () => {
    const entry = await createTaskless({ start: '2033-03-11T08:00:00Z' });
    const patch = await api.patch(`${WS1}/time-entries/bulk`, { body: [{ id: entry.id, duration: 900 }] });
    expect(patch.status, patch.text).toBe(204);
    const ids = { ids: entry.id };
    expect((await api.delete(`${WS1}/time-entries/bulk`, { query: ids })).status).toBe(204);
    expect(await listIds({ include_taskless: true })).not.toContain(entry.id);
    expect((await api.patch(`${WS1}/time-entries/bulk/restore`, { query: ids })).status).toBe(204);
    expect(await listIds({ include_taskless: true })).toContain(entry.id);
    const assign = await api.patch(`${WS1}/time-entries/bulk`, { body: [{ id: entry.id, task_id: 2 }] });
    expect(assign.status, assign.text).toBe(204);
    const now = timeEntry.parse((await api.get(`${WS1}/tasks/2/time-entries/${entry.id}`)).json);
    expect(now).toMatchObject({ task_id: 2, duration: 900 });
    expect(await listIds()).toContain(entry.id);
  });

  it('are checked like any create: the body, and who they are for', async () => {
    const bad = await api.post(CREATE, { body: { type: 'meeting' } });
    expect(bad.status).toBe(400);
    expect(apiErrorBody.parse(bad.json).error_description).toMatch(/^type/);
    const unknown = await api.post(CREATE, { body: { type: 'activity', task_id: 1 } });
    expect(apiErrorBody.parse(unknown.json).error_description).toContain('task_id');
    const forOther = await api.post(CREATE, {
      as: 'member',
      body: { type: 'activity', user_id: DEMO_ACCOUNTS.lead.userId },
    });
    expect(forOther.status).toBe(403);
    expect((await api.post(CREATE, { as: 'outsider', body: { type: 'activity' } })).status).toBe(403);
    const own = await createTaskless({ start: '2033-03-12T08:00:00Z' }, 'member');
    expect(await listIds({ include_taskless: true }, 'member')).toContain(own.id);
  });
});
