import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ORDER_BY_KEYS,
  apiErrorBody,
  timeEntry,
  timeEntryPage,
  type TimeEntry,
} from '../../contract/index.ts';
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

const entries = (task: number) => `${WS1}/tasks/${task}/time-entries`;
const entryPath = (task: number, id: number) => `${entries(task)}/${id}`;

async function create(
  task: number,
  body: Record<string, unknown> = {},
  as: Who = 'lead',
): Promise<TimeEntry> {
  const res = await api.post(entries(task), {
    as,
    body: { type: 'activity', start: '2026-03-02T09:00:00Z', duration: 1800, ...body },
  });
  expect(res.status, res.text).toBe(201);
  return timeEntry.parse(res.json);
}

async function read(task: number, id: number): Promise<TimeEntry> {
  const res = await api.get(entryPath(task, id));
  expect(res.status, res.text).toBe(200);
  return timeEntry.parse(res.json);
}

describe('list task entries', () => {
  it('answers a page of plain entries of that task only, not archived, newest first', async () => {
    const res = await api.get(entries(1));
    expect(res.status).toBe(200);
    const page = timeEntryPage.parse(res.json);
    expect(page.page).toBe(1);
    expect(page.per_page).toBe(50);
    expect(page.data.length).toBeGreaterThan(0);
    for (const e of page.data) {
      expect(e.task_id).toBe(1);
      expect(e.archived_at).toBeNull();
      expect(e.deleted_at).toBeNull();
      expect(e).not.toHaveProperty('task');
    }
    const starts = page.data.map((e) => Date.parse(e.start ?? ''));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
  });

  it('filters by type, time block and archived, and pages without overlap', async () => {
    const breaks = timeEntryPage.parse(
      (await api.get(entries(1), { query: { type: 'break', per_page: 100 } })).json,
    );
    expect(breaks.data.every((e) => e.type === 'break')).toBe(true);
    const block = (await create(1, { time_block_id: 74_242 })).time_block_id;
    const inBlock = timeEntryPage.parse(
      (await api.get(entries(1), { query: { time_block_id: 74_242 } })).json,
    );
    expect(inBlock.data.map((e) => e.time_block_id)).toEqual([block]);
    const archived = timeEntryPage.parse(
      (await api.get(entries(1), { query: { archived: true, per_page: 100 } })).json,
    );
    expect(archived.data.every((e) => e.archived_at !== null)).toBe(true);

    const first = timeEntryPage.parse((await api.get(entries(1), { query: { per_page: 5, page: 1 } })).json);
    const second = timeEntryPage.parse((await api.get(entries(1), { query: { per_page: 5, page: 2 } })).json);
    expect(first.data).toHaveLength(5);
    expect(second.page).toBe(2);
    const ids = new Set(first.data.map((e) => e.id));
    expect(second.data.some((e) => ids.has(e.id))).toBe(false);
  });

  it('shows a member only their own entries', async () => {
    const page = timeEntryPage.parse(
      (await api.get(entries(1), { as: 'member', query: { per_page: 100 } })).json,
    );
    expect(page.data.every((e) => e.toggl_user_id === DEMO_ACCOUNTS.member.userId)).toBe(true);
  });

  it('answers 404 naming task_id for an unknown task or one of another workspace', async () => {
    for (const task of [999, 26]) {
      const res = await api.get(entries(task));
      expect(res.status).toBe(404);
      expect(apiErrorBody.parse(res.json).error_description).toContain('task_id');
    }
  });

  it('orders by every order_by key and answers 400 naming order_by for a key it does not know', async () => {
    for (const key of ORDER_BY_KEYS) {
      expect((await api.get(entries(1), { query: { order_by: key } })).status, key).toBe(200);
    }
    for (const key of ['duration', '-id', 'start,bogus']) {
      const res = await api.get(entries(1), { query: { order_by: key } });
      expect(res.status, key).toBe(400);
      const body = apiErrorBody.parse(res.json);
      expect(body.error_description).toMatch(/^order_by/);
      expect(Object.keys(body.error_values ?? {})).toEqual(['order_by']);
    }
  });
});

describe('create', () => {
  it('answers 201 with the entry, start in UTC with Z', async () => {
    const res = await api.post(entries(2), {
      body: { type: 'activity', start: '2026-01-05T09:00:00+02:00', duration: 3600, time_block_id: 7 },
    });
    expect(res.status).toBe(201);
    const e = timeEntry.parse(res.json);
    expect(e).toMatchObject({
      workspace_id: 1,
      toggl_user_id: DEMO_ACCOUNTS.lead.userId,
      task_id: 2,
      type: 'activity',
      start: '2026-01-05T07:00:00.000Z',
      duration: 3600,
      time_block_id: 7,
      archived_at: null,
      deleted_at: null,
    });
    expect(e.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(e.updated_at).toBe(e.created_at);
    expect(await read(2, e.id)).toEqual(e);
  });

  it('creates a running entry (start, no duration) and a planned one (neither)', async () => {
    const running = await create(3, { duration: null });
    expect(running.duration).toBeNull();
    expect(running.start).not.toBeNull();
    const planned = await create(3, { start: null, duration: null });
    expect(planned.start).toBeNull();
    expect(planned.time_block_id).toBeNull();
  });

  it('lets manage_time_entries create for another member, and nobody else', async () => {
    const forMember = await create(4, { user_id: DEMO_ACCOUNTS.member.userId });
    expect(forMember.toggl_user_id).toBe(DEMO_ACCOUNTS.member.userId);

    const byMember = await api.post(entries(4), {
      as: 'member',
      body: { type: 'activity', user_id: DEMO_ACCOUNTS.lead.userId },
    });
    expect(byMember.status).toBe(403);
    expect(apiErrorBody.parse(byMember.json).error_description).toContain('user_id');

    const stranger = await api.post(entries(4), {
      body: { type: 'activity', user_id: DEMO_ACCOUNTS.outsider.userId },
    });
    expect(stranger.status).toBe(400);
    expect(apiErrorBody.parse(stranger.json).error_description).toMatch(/user_id 3 is not a member/);

    const self = await create(4, { user_id: DEMO_ACCOUNTS.member.userId }, 'member');
    expect(self.toggl_user_id).toBe(DEMO_ACCOUNTS.member.userId);
  });
});

describe('replace and patch', () => {
  it('PUT replaces every field, clears the absent ones, keeps the task and moves updated_at', async () => {
    const e = await create(5, { time_block_id: 9 });
    const res = await api.put(entryPath(5, e.id), {
      body: { type: 'break', start: '2026-03-03T12:00:00Z', duration: 60 },
    });
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    const after = await read(5, e.id);
    expect(after).toMatchObject({
      type: 'break',
      start: '2026-03-03T12:00:00.000Z',
      duration: 60,
      time_block_id: null,
      task_id: 5,
    });
    expect(Date.parse(after.updated_at ?? '')).toBeGreaterThan(Date.parse(e.updated_at ?? ''));
    expect(after.created_at).toBe(e.created_at);
  });

  it('PATCH changes only the named fields; updated_at moves on every write', async () => {
    const e = await create(6, { time_block_id: 3 });
    expect((await api.patch(entryPath(6, e.id), { body: { duration: 45 } })).status).toBe(204);
    const once = await read(6, e.id);
    expect(once).toMatchObject({ duration: 45, time_block_id: 3, type: 'activity', start: e.start });
    expect((await api.patch(entryPath(6, e.id), { body: { start: null, time_block_id: null } })).status).toBe(
      204,
    );
    const twice = await read(6, e.id);
    expect(twice).toMatchObject({ start: null, time_block_id: null, duration: 45 });
    expect(Date.parse(twice.updated_at ?? '')).toBeGreaterThan(Date.parse(once.updated_at ?? ''));
  });

  it('PATCH moves an entry to another task of the workspace, never to a foreign one', async () => {
    const e = await create(7);
    expect((await api.patch(entryPath(7, e.id), { body: { task_id: 8 } })).status).toBe(204);
    expect((await api.get(entryPath(7, e.id))).status).toBe(404);
    expect((await read(8, e.id)).task_id).toBe(8);

    const foreign = await api.patch(entryPath(8, e.id), { body: { task_id: 26 } });
    expect(foreign.status).toBe(400);
    expect(apiErrorBody.parse(foreign.json).error_values).toEqual({ task_id: [26] });
  });
});

describe('delete, archive, unarchive, restore', () => {
  it('deletes softly: gone from get, writes and lists until restored', async () => {
    const e = await create(9);
    expect((await api.delete(entryPath(9, e.id))).status).toBe(204);
    for (const [method, suffix] of [
      ['GET', ''],
      ['PUT', ''],
      ['PATCH', ''],
      ['DELETE', ''],
      ['POST', '/archive'],
      ['POST', '/unarchive'],
    ] as const) {
      const res = await api.call(method, `${entryPath(9, e.id)}${suffix}`, {
        body: method === 'PUT' || method === 'PATCH' ? { type: 'activity' } : undefined,
      });
      expect(res.status, `${method}${suffix}`).toBe(404);
    }
    const list = timeEntryPage.parse((await api.get(entries(9), { query: { per_page: 100 } })).json);
    expect(list.data.some((x) => x.id === e.id)).toBe(false);

    expect((await api.patch(`${entryPath(9, e.id)}/restore`)).status).toBe(204);
    const restored = await read(9, e.id);
    expect(restored.deleted_at).toBeNull();
    expect((await api.patch(`${entryPath(9, e.id)}/restore`)).status).toBe(204);
    expect((await read(9, e.id)).updated_at).toBe(restored.updated_at);
  });

  it('archives and unarchives; repeating either changes nothing', async () => {
    const e = await create(10);
    expect((await api.post(`${entryPath(10, e.id)}/archive`)).status).toBe(204);
    const archived = await read(10, e.id);
    expect(archived.archived_at).not.toBeNull();
    expect((await api.post(`${entryPath(10, e.id)}/archive`)).status).toBe(204);
    expect(await read(10, e.id)).toEqual(archived);

    const hidden = timeEntryPage.parse((await api.get(entries(10), { query: { per_page: 100 } })).json);
    expect(hidden.data.some((x) => x.id === e.id)).toBe(false);
    const shown = timeEntryPage.parse(
      (await api.get(entries(10), { query: { per_page: 100, archived: true } })).json,
    );
    expect(shown.data.some((x) => x.id === e.id)).toBe(true);

    expect((await api.post(`${entryPath(10, e.id)}/unarchive`)).status).toBe(204);
    const back = await read(10, e.id);
    expect(back.archived_at).toBeNull();
    expect((await api.post(`${entryPath(10, e.id)}/unarchive`)).status).toBe(204);
    expect(await read(10, e.id)).toEqual(back);
  });

  it('answers 404 for an entry under the wrong task and for an unknown entry, on every entry route', async () => {
    const e = await create(11);
    const routes = [
      ['GET', ''],
      ['PUT', ''],
      ['PATCH', ''],
      ['DELETE', ''],
      ['POST', '/archive'],
      ['POST', '/unarchive'],
      ['PATCH', '/restore'],
    ] as const;
    for (const path of [entryPath(12, e.id), entryPath(11, 99_999_999)]) {
      for (const [method, suffix] of routes) {
        const res = await api.call(method, `${path}${suffix}`, {
          body: method === 'PUT' || (method === 'PATCH' && suffix === '') ? { type: 'activity' } : undefined,
        });
        expect(res.status, `${method} ${path}${suffix}`).toBe(404);
        expect(apiErrorBody.parse(res.json).error).toBe('not_found');
      }
    }
    expect((await read(11, e.id)).deleted_at).toBeNull();
  });
});
