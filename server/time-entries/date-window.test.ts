/** Date windows with entries longer than a day, which a window finds through their own index. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timeEntry, timeEntryStream, timeEntryWithTaskPage } from '../../contract/index.ts';
import { openDatabase } from '../db/connection.ts';
import { buildListQuery } from './list-query.ts';
import { apiClient, WS1, type ApiClient, type QueryValues, type Who } from '../test-client.ts';
import { startTestServer, type TestServer } from '../testing.ts';

let server: TestServer;
let api: ApiClient;
const DAY = 86_400;
/** The window, in 2033, where the demo data has nothing. */
const WINDOW = { date_from: '2033-03-10T00:00:00Z', date_to: '2033-03-10T12:00:00Z' };

async function create(start: string, duration: number, as: Who = 'lead'): Promise<number> {
  const res = await api.post(`${WS1}/tasks/2/time-entries`, {
    as,
    body: { type: 'activity', start, duration },
  });
  expect(res.status, res.text).toBe(201);
  return timeEntry.parse(res.json).id;
}

async function ids(query: QueryValues = {}, as: Who = 'lead'): Promise<number[]> {
  const res = await api.get(`${WS1}/time-entries`, { as, query: { ...WINDOW, per_page: 100, ...query } });
  expect(res.status, res.text).toBe(200);
  return timeEntryWithTaskPage.parse(res.json).data.map((e) => e.id);
}

let e: Record<string, number>;

beforeAll(async () => {
  server = await startTestServer();
  api = apiClient(server.apiUrl);
  e = {
    decade: await create('2023-03-15T00:00:00Z', 3650 * DAY), // ends 2033-03-12
    threeDays: await create('2033-03-08T00:00:00Z', 3 * DAY),
    justOverADay: await create('2033-03-08T23:59:59Z', DAY + 1), // ends exactly at the window's start
    exactlyADay: await create('2033-03-09T00:00:00Z', DAY), // ends exactly at the window's start
    insideLong: await create('2033-03-10T06:00:00Z', 5 * DAY),
    inside: await create('2033-03-10T09:00:00Z', 3600),
    endedBefore: await create('2033-03-07T00:00:00Z', 2 * DAY),
    startsAfter: await create('2033-03-10T12:00:01Z', 4 * DAY),
    ofTheMember: await create('2033-03-01T00:00:00Z', 20 * DAY, 'member'),
  };
});
afterAll(() => server.close());

describe('date windows with long entries', () => {
  it('finds every entry whose span overlaps, however long, ordered by start', async () => {
    const { decade, threeDays, justOverADay, exactlyADay, insideLong, inside, ofTheMember } = e as Record<
      string,
      number
    >;
    expect(await ids()).toEqual([
      inside,
      insideLong,
      exactlyADay,
      justOverADay,
      threeDays,
      ofTheMember,
      decade,
    ]);
    expect(await ids({ order_by: 'start' })).toEqual([
      decade,
      ofTheMember,
      threeDays,
      justOverADay,
      exactlyADay,
      insideLong,
      inside,
    ]);
  });

  it('pages across both kinds without losing or repeating one', async () => {
    const all = await ids();
    const pages: number[] = [];
    for (let page = 1; page <= 4; page++) pages.push(...(await ids({ per_page: 2, page })));
    expect(pages).toEqual(all);
  });

  it('streams the same entries', async () => {
    const res = await api.get(`${WS1}/time-entries/stream`, { query: WINDOW });
    expect(timeEntryStream.parse(res.json).map((x) => x.id)).toEqual(await ids());
  });

  it('keeps a member to their own long entries, and leaves out deleted and archived ones', async () => {
    expect(await ids({}, 'member')).toEqual([e.ofTheMember]);
    await api.delete(`${WS1}/tasks/2/time-entries/${e.decade}`);
    await api.post(`${WS1}/tasks/2/time-entries/${e.threeDays}/archive`);
    const live = await ids();
    expect(live).not.toContain(e.decade);
    expect(live).not.toContain(e.threeDays);
    expect(await ids({ archived: true })).toEqual([e.threeDays]);
    await api.patch(`${WS1}/tasks/2/time-entries/${e.decade}/restore`);
    await api.patch(`${WS1}/tasks/2/time-entries/${e.insideLong}`, { body: { duration: 3600 } });
    expect(await ids()).toContain(e.decade);
    // Shortened to an hour, it still starts inside the window.
    expect(await ids()).toContain(e.insideLong);
    await api.patch(`${WS1}/tasks/2/time-entries/${e.justOverADay}`, { body: { duration: 60 } });
    expect(await ids()).not.toContain(e.justOverADay);
  });

  it('answers the same with or without the part for long entries where none reaches the window', async () => {
    // The demo data alone: the entries above reach every recent window.
    const demo = await startTestServer();
    const db = openDatabase(demo.dbPath);
    try {
      const now = Date.now();
      for (const days of [1, 7, 60]) {
        const filters = {
          workspaceId: 1,
          archived: false,
          window: { from: now - days * 86_400_000, to: now },
        };
        const rows = (long: boolean) => {
          const { sql, params } = buildListQuery(filters, long);
          return db.prepare(sql).raw(true).all(params);
        };
        expect(rows(false).length, `${days} days`).toBeGreaterThan(0);
        expect(rows(false)).toEqual(rows(true));
      }
    } finally {
      db.close();
      await demo.close();
    }
  });
});
