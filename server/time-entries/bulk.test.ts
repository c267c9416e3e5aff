import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorBody, timeEntry, timeEntryPage, type TimeEntry } from '../../contract/index.ts';
import { DEMO_ACCOUNTS } from '../demo/accounts.ts';
import { apiClient, WS1, type ApiClient, type Who } from '../test-client.ts';
import { startTestServer, type TestServer } from '../testing.ts';

let server: TestServer;
let api: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  api = apiClient(server.apiUrl);
});
afterAll(() => server.close());

const BULK = `${WS1}/time-entries/bulk`;
const entryPath = (e: TimeEntry) => `${WS1}/tasks/${e.task_id}/time-entries/${e.id}`;

async function create(as: Who = 'lead', task = 1): Promise<TimeEntry> {
  const res = await api.post(`${WS1}/tasks/${task}/time-entries`, {
    as,
    body: { type: 'activity', start: '2032-05-03T09:00:00Z', duration: 900 },
  });
  expect(res.status, res.text).toBe(201);
  return timeEntry.parse(res.json);
}

/** Reads the entry as the lead, deleted ones included (restore-free: GET answers 404 for those). */
async function state(e: TimeEntry): Promise<TimeEntry | 'deleted'> {
  const res = await api.get(entryPath(e));
  if (res.status === 404) return 'deleted';
  return timeEntry.parse(res.json);
}

describe('bulk create', () => {
  it('creates every item in one go and answers 204', async () => {
    const items = [1, 2, 3].map((task) => ({
      task_id: task,
      type: 'break',
      start: '2032-06-01T10:00:00Z',
      duration: 300,
      time_block_id: 70_777,
    }));
    const res = await api.post(BULK, { body: items });
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    const rows = timeEntryPage.parse(
      (await api.get(`${WS1}/tasks/2/time-entries`, { query: { time_block_id: 70_777 } })).json,
    );
    expect(rows.data).toHaveLength(1);
    expect(rows.data[0]).toMatchObject({
      type: 'break',
      duration: 300,
      toggl_user_id: DEMO_ACCOUNTS.lead.userId,
    });
  });

  it('creates nothing when one item is wrong', async () => {
    const items = [
      { task_id: 1, type: 'activity', time_block_id: 70_888 },
      { task_id: 26, type: 'activity', time_block_id: 70_888 },
    ];
    const res = await api.post(BULK, { body: items });
    expect(res.status).toBe(400);
    expect(apiErrorBody.parse(res.json).error_values).toEqual({ task_id: [26] });
    const rows = timeEntryPage.parse(
      (await api.get(`${WS1}/tasks/1/time-entries`, { query: { time_block_id: 70_888 } })).json,
    );
    expect(rows.data).toHaveLength(0);

    const forOthers = await api.post(BULK, {
      as: 'member',
      body: [{ task_id: 1, type: 'activity', user_id: DEMO_ACCOUNTS.lead.userId, time_block_id: 70_888 }],
    });
    expect(forOthers.status).toBe(403);
  });

  it('names the item of a bad body and refuses more than 1,000', async () => {
    const bad = await api.post(BULK, {
      body: [
        { task_id: 1, type: 'activity' },
        { task_id: 1, type: 'activity', duration: -1 },
      ],
    });
    expect(bad.status).toBe(400);
    expect(apiErrorBody.parse(bad.json).error_description).toContain('[1].duration');
    const tooMany = await api.post(BULK, {
      body: Array.from({ length: 1001 }, () => ({ task_id: 1, type: 'activity' })),
    });
    expect(tooMany.status).toBe(400);
    expect(apiErrorBody.parse(tooMany.json).error_description).toContain('at most 1000');
    const notArray = await api.post(BULK, { body: { task_id: 1, type: 'activity' } });
    expect(notArray.status).toBe(400);
  });
});

describe('bulk patch', () => {
  it('patches every item in one transaction', async () => {
    const [a, b] = [await create(), await create()];
    const res = await api.patch(BULK, {
      body: [
        { id: a.id, duration: 60 },
        { id: b.id, type: 'break', task_id: 2 },
      ],
    });
    expect(res.status).toBe(204);
    expect(await state(a)).toMatchObject({ duration: 60, type: 'activity' });
    expect(await state({ ...b, task_id: 2 })).toMatchObject({ type: 'break', task_id: 2, duration: 900 });
  });

  it('changes nothing when one id is unknown, and names it', async () => {
    const a = await create();
    const res = await api.patch(BULK, {
      body: [
        { id: a.id, duration: 1 },
        { id: 98_765_432, duration: 1 },
      ],
    });
    expect(res.status).toBe(404);
    expect(apiErrorBody.parse(res.json).error_values).toEqual({ ids: [98_765_432] });
    expect(await state(a)).toEqual(a);
  });

  it("answers 403 naming someone else's ids for a member, and changes nothing", async () => {
    const own = await create('member');
    const leads = await create('lead');
    const res = await api.patch(BULK, {
      as: 'member',
      body: [
        { id: own.id, duration: 5 },
        { id: leads.id, duration: 5 },
      ],
    });
    expect(res.status).toBe(403);
    expect(apiErrorBody.parse(res.json).error_values).toEqual({ ids: [leads.id] });
    expect(await state(own)).toEqual(own);
  });

  it('rejects an id twice, an empty patch and a foreign task', async () => {
    const a = await create();
    for (const body of [
      [
        { id: a.id, duration: 1 },
        { id: a.id, duration: 2 },
      ],
      [{ id: a.id }],
      [{ id: a.id, task_id: 27 }],
    ]) {
      const res = await api.patch(BULK, { body });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect(await state(a)).toEqual(a);
  });
});

describe('bulk delete and restore', () => {
  it('deletes and restores by ids; restoring a live entry changes nothing', async () => {
    const [a, b, c] = [await create(), await create(), await create()];
    expect((await api.delete(BULK, { query: { ids: `${a.id},${b.id}` } })).status).toBe(204);
    expect(await state(a)).toBe('deleted');
    expect(await state(b)).toBe('deleted');
    expect(await state(c)).toEqual(c);

    const res = await api.patch(`${BULK}/restore`, { query: { ids: `${a.id},${b.id},${c.id}` } });
    expect(res.status).toBe(204);
    expect(await state(a)).toMatchObject({ deleted_at: null });
    expect(await state(c)).toEqual(c);
  });

  it('deletes nothing when one id is unknown or already deleted', async () => {
    const [a, gone] = [await create(), await create()];
    expect((await api.delete(entryPath(gone))).status).toBe(204);
    for (const ids of [`${a.id},55555555`, `${a.id},${gone.id}`]) {
      const res = await api.delete(BULK, { query: { ids } });
      expect(res.status).toBe(404);
      expect(apiErrorBody.parse(res.json).error_values?.ids).toEqual([Number(ids.split(',')[1])]);
    }
    expect(await state(a)).toEqual(a);
  });

  it("refuses a member's bulk delete or restore of someone else's entry", async () => {
    const [own, leads] = [await create('member'), await create('lead')];
    const del = await api.delete(BULK, { as: 'member', query: { ids: `${own.id},${leads.id}` } });
    expect(del.status).toBe(403);
    expect(apiErrorBody.parse(del.json).error_values).toEqual({ ids: [leads.id] });
    expect(await state(own)).toEqual(own);
    const restore = await api.patch(`${BULK}/restore`, { as: 'member', query: { ids: String(leads.id) } });
    expect(restore.status).toBe(403);
  });

  it.each([[''], ['1,,2'], ['a'], ['0'], [Array.from({ length: 1001 }, (_, i) => i + 1).join(',')]])(
    'rejects ids=%s with a 400 naming ids',
    async (ids) => {
      const res = await api.delete(BULK, { query: { ids } });
      expect(res.status).toBe(400);
      expect(apiErrorBody.parse(res.json).error_description).toContain('ids');
    },
  );

  it('handles 1,000 entries in one request', async () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({
      task_id: 5,
      type: 'activity',
      duration: i,
      time_block_id: 79_999,
    }));
    expect((await api.post(BULK, { body: items })).status).toBe(204);
    const ids: number[] = [];
    for (let page = 1; page <= 10; page++) {
      const res = await api.get(`${WS1}/tasks/5/time-entries`, {
        query: { time_block_id: 79_999, per_page: 100, page },
      });
      ids.push(...timeEntryPage.parse(res.json).data.map((e) => e.id));
    }
    expect(ids).toHaveLength(1000);
    const patch = await api.patch(BULK, { body: ids.map((id) => ({ id, duration: 42 })) });
    expect(patch.status).toBe(204);
    expect((await api.delete(BULK, { query: { ids: ids.join(',') } })).status).toBe(204);
    const left = await api.get(`${WS1}/tasks/5/time-entries`, { query: { time_block_id: 79_999 } });
    expect(timeEntryPage.parse(left.json).data).toHaveLength(0);
  });
});
