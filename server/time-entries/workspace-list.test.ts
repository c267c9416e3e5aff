import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiErrorBody,
  tasksPage,
  timeEntry,
  timeEntryWithTaskPage,
  type OrderByKey,
  type TimeEntryWithTask,
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

const LIST = `${WS1}/time-entries`;

async function list(query: QueryValues, as: Who = 'lead'): Promise<TimeEntryWithTask[]> {
  const res = await api.get(LIST, { as, query: { ...ALL_TIME, per_page: 100, ...query } });
  expect(res.status, res.text).toBe(200);
  return timeEntryWithTaskPage.parse(res.json).data;
}

async function create(task: number, start: string | null, duration: number | null): Promise<number> {
  const res = await api.post(`${WS1}/tasks/${task}/time-entries`, {
    body: { type: 'activity', start, duration },
  });
  expect(res.status, res.text).toBe(201);
  return timeEntry.parse(res.json).id;
}

describe('workspace list', () => {
  it('answers pages of entries with their task embedded, 50 by default', async () => {
    const res = await api.get(LIST, { query: ALL_TIME });
    const page = timeEntryWithTaskPage.parse(res.json);
    expect(page).toMatchObject({ page: 1, per_page: 50 });
    expect(page.data).toHaveLength(50);
    const tasks = tasksPage.parse((await api.get(`${WS1}/tasks`, { query: { per_page: 100 } })).json).data;
    for (const entry of page.data) {
      // The tasks list describes the same task, with its counters besides.
      const listed: Record<string, unknown> = { ...tasks.find((t) => t.id === entry.task_id) };
      const counters = Object.keys(listed).filter((k) => /_count$|^total_/.test(k));
      expect(counters).toHaveLength(10);
      for (const k of counters) delete listed[k];
      expect(entry.task).toEqual(listed);
      expect(entry.task?.status).toMatchObject({ id: entry.task?.status_id });
    }
    const withProject = page.data.find((e) => e.task?.project);
    expect(withProject?.task?.project?.rate).toHaveProperty('hourly_rate');
  });

  it('keeps an entry whose span overlaps the window, inclusive at both ends', async () => {
    const a = await create(1, '2031-01-10T10:00:00Z', 3600);
    const b = await create(1, '2031-01-10T08:00:00Z', 7200);
    const c = await create(1, '2031-01-10T11:30:00Z', 600);
    const overnight = await create(1, '2031-01-09T23:00:00Z', 7200);
    await create(1, null, 600);
    const morning = await list({ date_from: '2031-01-10T02:00:00+02:00', date_to: '2031-01-10T10:30:00Z' });
    expect(morning.map((e) => e.id)).toEqual([a, b, overnight]);
    const instant = await list({ date_from: '2031-01-10T10:00:00Z', date_to: '2031-01-10T10:00:00Z' });
    expect(instant.map((e) => e.id)).toEqual([a, b]);
    const later = await list({ date_from: '2031-01-10T11:00:01Z', date_to: '2031-01-11T00:00:00Z' });
    expect(later.map((e) => e.id)).toEqual([c]);
  });

  it('counts a running entry as a point at its start', async () => {
    const running = (await list({})).filter((e) => e.duration === null && e.start !== null);
    const demo = running.find((e) => e.toggl_user_id === DEMO_ACCOUNTS.lead.userId);
    expect(demo?.start).toBeTruthy();
    const start = Date.parse(demo?.start ?? '');
    const around = await list({
      date_from: new Date(start - 60_000).toISOString(),
      date_to: new Date(start + 60_000).toISOString(),
    });
    expect(around.map((e) => e.id)).toContain(demo?.id);
    const afterStart = await list({
      date_from: new Date(start + 1000).toISOString(),
      date_to: new Date(start + 3_600_000).toISOString(),
    });
    expect(afterStart.map((e) => e.id)).not.toContain(demo?.id);
    const future = await create(2, '2031-02-01T12:00:00Z', null);
    expect(
      (await list({ date_from: '2031-02-01T11:59:00Z', date_to: '2031-02-01T12:01:00Z' })).map((e) => e.id),
    ).toEqual([future]);
  });

  it('filters by task, status, type, archived and time block', async () => {
    expect((await list({ task_id: 3 })).every((e) => e.task_id === 3)).toBe(true);
    const byStatus = await list({ status_id: 2 });
    expect(byStatus.length).toBeGreaterThan(0);
    expect(byStatus.every((e) => e.task?.status_id === 2)).toBe(true);
    expect((await list({ type: 'break' })).every((e) => e.type === 'break')).toBe(true);
    const archived = await list({ archived: true });
    expect(archived.length).toBeGreaterThan(0);
    expect(archived.every((e) => e.archived_at !== null)).toBe(true);
    expect((await list({ archived: false })).every((e) => e.archived_at === null)).toBe(true);
    const block = (await list({})).find((e) => e.time_block_id !== null)?.time_block_id ?? 0;
    const inBlock = await list({ time_block_id: block });
    expect(inBlock.length).toBeGreaterThan(0);
    expect(inBlock.every((e) => e.time_block_id === block)).toBe(true);
    const combined = await list({ task_id: 1, type: 'activity', status_id: 2 });
    expect(combined.every((e) => e.task_id === 1 && e.type === 'activity')).toBe(true);
  });

  it('never lists deleted entries', async () => {
    const id = await create(4, '2031-03-01T09:00:00Z', 60);
    expect((await api.delete(`${WS1}/tasks/4/time-entries/${id}`)).status).toBe(204);
    for (const archived of [true, false]) {
      expect((await list({ archived, task_id: 4 })).some((e) => e.id === id)).toBe(false);
    }
  });

  it('shows a member only their own entries and a lead everyone', async () => {
    const own = await list({}, 'member');
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((e) => e.toggl_user_id === DEMO_ACCOUNTS.member.userId)).toBe(true);
    expect(new Set((await list({})).map((e) => e.toggl_user_id)).size).toBeGreaterThan(2);
  });

  const KEYS: Record<string, (e: TimeEntryWithTask) => number | string> = {
    start: (e) => Date.parse(e.start ?? ''),
    task_id: (e) => e.task_id ?? 0,
    created_at: (e) => e.created_at,
    updated_at: (e) => e.updated_at ?? '',
  };

  it.each(Object.keys(KEYS).flatMap((k) => [k, `-${k}`]))(
    'orders by %s, ties by id the same way',
    async (key) => {
      const rows = await list({ order_by: key, date_from: '2026-01-01T00:00:00Z' });
      const desc = key.startsWith('-');
      const value = KEYS[key.replace('-', '')] as (e: TimeEntryWithTask) => number | string;
      for (let i = 1; i < rows.length; i++) {
        const [p, c] = [rows[i - 1] as TimeEntryWithTask, rows[i] as TimeEntryWithTask];
        const cmp = value(p) < value(c) ? -1 : value(p) > value(c) ? 1 : Math.sign(p.id - c.id);
        expect(desc ? cmp : -cmp, `${key} at ${i}`).toBe(1);
      }
    },
  );

  it('orders by several keys and defaults to -start then -id', async () => {
    const rows = await list({ order_by: 'task_id,-start' });
    for (let i = 1; i < rows.length; i++) {
      const [p, c] = [rows[i - 1] as TimeEntryWithTask, rows[i] as TimeEntryWithTask];
      expect(
        (p.task_id ?? 0) < (c.task_id ?? 0) ||
          (p.task_id === c.task_id && (p.start ?? '') >= (c.start ?? '')),
      ).toBe(true);
    }
    const byDefault = await list({});
    const explicit = await list({ order_by: '-start' as OrderByKey });
    expect(byDefault.map((e) => e.id)).toEqual(explicit.map((e) => e.id));
  });

  it('pages stably: consecutive pages are the slices of one long page', async () => {
    const long = await list({ per_page: 60 });
    const pages = [];
    for (const page of [1, 2, 3]) pages.push(...(await list({ per_page: 20, page })));
    expect(pages.map((e) => e.id)).toEqual(long.map((e) => e.id));
    expect(await list({ page: 100_000 })).toEqual([]);
  });

  it.each([
    [{ date_from: '2026-08-07' }, 'date_from'],
    [{ date_to: 'yesterday' }, 'date_to'],
    [{ date_from: '2026-08-08T00:00:00Z', date_to: '2026-08-07T00:00:00Z' }, 'date_to'],
    [{ per_page: 101 }, 'per_page'],
    [{ page: 0 }, 'page'],
    [{ order_by: 'bogus' }, 'order_by'],
    [{ order_by: 'start,-start' }, 'order_by'],
    [{ type: 'foo' }, 'type'],
    [{ archived: 'maybe' }, 'archived'],
    [{ status_id: 'x' }, 'status_id'],
    [{ colour: 'red' }, 'colour'],
  ] as const)('rejects %o with a 400 naming %s', async (query, field) => {
    const res = await api.get(LIST, { query: { ...ALL_TIME, ...query } });
    expect(res.status).toBe(400);
    const body = apiErrorBody.parse(res.json);
    expect(body.error).toBe('validation');
    expect(body.error_description).toContain(field);
    expect(body.trace_id).toBeTruthy();
  });

  it('requires date_from and date_to', async () => {
    const res = await api.get(LIST);
    expect(res.status).toBe(400);
    const description = apiErrorBody.parse(res.json).error_description;
    expect(description).toContain('date_from');
    expect(description).toContain('date_to');
  });
});
