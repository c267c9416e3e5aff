import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiErrorBody,
  timeBlockStream,
  timeEntryStream,
  timeEntryWithTaskPage,
  type TimeEntryWithTask,
} from '../../contract/index.ts';
import { openDatabase } from '../db/connection.ts';
import { DEMO_ACCOUNTS } from '../demo/accounts.ts';
import { ALL_TIME, apiClient, authHeader, WS1, type ApiClient } from '../test-client.ts';
import { startTestServer, type TestServer } from '../testing.ts';
import { insertEntries, type SeedEntry } from './store-writes.ts';

let server: TestServer;
let api: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  api = apiClient(server.apiUrl);
});
afterAll(() => server.close());

const STREAM = `${WS1}/time-entries/stream`;
const BLOCKS = `${WS1}/time-entries/time-block-ids/stream`;

describe('workspace stream', () => {
  it('answers one bare array with the same rows, order and tasks as the paged list', async () => {
    const res = await api.get(STREAM, { query: ALL_TIME });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const rows = timeEntryStream.parse(res.json);
    const page = timeEntryWithTaskPage.parse(
      (await api.get(`${WS1}/time-entries`, { query: { ...ALL_TIME, per_page: 100 } })).json,
    );
    expect(rows.slice(0, 100)).toEqual(page.data);
    expect(rows.length).toBeGreaterThan(2500);
    expect(rows.every((e) => e.archived_at === null && e.deleted_at === null)).toBe(true);
  });

  it('takes the filters of the list but no paging', async () => {
    const breaks = timeEntryStream.parse(
      (await api.get(STREAM, { query: { ...ALL_TIME, type: 'break', task_id: 2 } })).json,
    );
    expect(breaks.every((e) => e.type === 'break' && e.task_id === 2)).toBe(true);
    const archived = timeEntryStream.parse(
      (await api.get(STREAM, { query: { ...ALL_TIME, archived: true } })).json,
    );
    expect(archived.length).toBeGreaterThan(50);
    expect(archived.every((e) => e.archived_at !== null)).toBe(true);
    const oldest = timeEntryStream.parse(
      (await api.get(STREAM, { query: { ...ALL_TIME, order_by: 'start', status_id: 1 } })).json,
    );
    expect(oldest.every((e) => e.task?.status_id === 1)).toBe(true);
    expect(oldest.map((e) => e.start)).toEqual(oldest.map((e) => e.start).sort());

    for (const query of [{ per_page: 10 }, { page: 2 }, { date_from: '2026-01-01' }, {}] as const) {
      const res = await api.get(STREAM, {
        query: { ...(Object.keys(query).length ? ALL_TIME : {}), ...query },
      });
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect(apiErrorBody.parse(res.json).error).toBe('validation');
    }
  });

  it("streams only a member's own entries", async () => {
    const rows = timeEntryStream.parse((await api.get(STREAM, { as: 'member', query: ALL_TIME })).json);
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.every((e) => e.toggl_user_id === DEMO_ACCOUNTS.member.userId)).toBe(true);
  });

  it('survives a client that goes away mid-stream', async () => {
    const controller = new AbortController();
    const res = await fetch(`${server.apiUrl}${STREAM}?${new URLSearchParams(ALL_TIME)}`, {
      headers: authHeader('lead'),
      signal: controller.signal,
    });
    const reader = res.body?.getReader();
    await reader?.read();
    controller.abort();
    await reader?.cancel().catch(() => undefined);
    const after = await api.patch(`${WS1}/time-entries/bulk`, { body: [{ id: 1, duration: 61 }] });
    expect([204, 403, 404]).toContain(after.status);
    expect((await api.get(STREAM, { query: { ...ALL_TIME, task_id: 1 } })).status).toBe(200);
  });
});

describe('time-block stream', () => {
  it('answers plain rows of the given time blocks, deleted ones left out', async () => {
    const all = (await api.get<TimeEntryWithTask[]>(STREAM, { query: ALL_TIME })).json;
    const blocks = [...new Set(all.flatMap((e) => (e.time_block_id ? [e.time_block_id] : [])))].slice(0, 3);
    const res = await api.get(BLOCKS, { query: { time_block_id: blocks.join(',') } });
    expect(res.status).toBe(200);
    const rows = timeBlockStream.parse(res.json);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.every((e) => blocks.includes(e.time_block_id ?? 0) && e.deleted_at === null)).toBe(true);
    expect(rows.some((e) => 'task' in e)).toBe(false);
  });

  it("answers only a member's own rows", async () => {
    const own = (await api.get<TimeEntryWithTask[]>(STREAM, { as: 'member', query: ALL_TIME })).json;
    const theirs = (await api.get<TimeEntryWithTask[]>(STREAM, { query: ALL_TIME })).json.filter(
      (e) => e.toggl_user_id !== DEMO_ACCOUNTS.member.userId && e.time_block_id,
    );
    const blocks = [own.find((e) => e.time_block_id)?.time_block_id, theirs[0]?.time_block_id].join(',');
    const rows = timeBlockStream.parse(
      (await api.get(BLOCKS, { as: 'member', query: { time_block_id: blocks } })).json,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((e) => e.toggl_user_id === DEMO_ACCOUNTS.member.userId)).toBe(true);
  });

  it.each([[undefined], ['x'], ['1,,2'], ['-1']])('rejects time_block_id=%s naming it', async (value) => {
    const res = await api.get(BLOCKS, { query: { time_block_id: value } });
    expect(res.status).toBe(400);
    expect(apiErrorBody.parse(res.json).error_description).toContain('time_block_id');
  });
});

describe('a large stream', () => {
  it('streams 20,000 rows as valid JSON', async () => {
    const db = openDatabase(server.dbPath);
    const base = Date.parse('2033-01-01T00:00:00Z');
    const rows: SeedEntry[] = Array.from({ length: 20_000 }, (_, i) => ({
      workspace_id: 1,
      user_id: DEMO_ACCOUNTS.member.userId,
      task_id: (i % 25) + 1,
      type: i % 7 === 0 ? 'break' : 'activity',
      start_ms: base + i * 600_000,
      duration: 300,
      time_block_id: null,
      created_at: base,
      updated_at: base,
      archived_at: null,
      deleted_at: null,
    }));
    try {
      insertEntries(db, rows);
    } finally {
      db.close();
    }
    const res = await fetch(
      `${server.apiUrl}${STREAM}?date_from=2033-01-01T00:00:00Z&date_to=2034-01-01T00:00:00Z`,
      {
        headers: authHeader('lead'),
      },
    );
    expect(res.headers.get('content-length')).toBeNull();
    const parsed = JSON.parse(await res.text()) as unknown[];
    expect(parsed).toHaveLength(20_000);
    const sample = timeEntryStream.parse([...parsed.slice(0, 200), ...parsed.slice(-200)]);
    expect(sample[0]?.start).toBe(new Date(base + 19_999 * 600_000).toISOString());
    expect(sample.every((e) => e.task !== null)).toBe(true);
  });
});
