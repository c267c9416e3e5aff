import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/connection.ts';
import type { EntryRow } from '../time-entries/columns.ts';
import { DEMO_ACCOUNTS, DEMO_WORKSPACE_ID, SIDE_WORKSPACE_ID } from './accounts.ts';
import { PROBLEM_PEOPLE } from './problems.ts';
import { hasData, seedDemo, type SeedOptions } from './seed.ts';

const dir = mkdtempSync(join(tmpdir(), 'focus-seed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOW = Date.parse('2026-08-06T14:37:00Z');
const DAY = 86_400_000;
let n = 0;

/** Without the planted problems unless asked: the ordinary data is what these tests describe. */
async function seeded(options: SeedOptions = { now: NOW, problems: false }): Promise<Db> {
  const db = openDatabase(join(dir, `seed-${n++}.db`));
  await seedDemo(db, options);
  return db;
}

const rows = (db: Db, ws: number) =>
  db.prepare('SELECT * FROM time_entries WHERE workspace_id = ? ORDER BY id').all(ws) as EntryRow[];

describe('demo data', () => {
  it('has about 3,000 working-hours entries over 60 days in Acme Studio', async () => {
    const db = await seeded();
    const all = rows(db, DEMO_WORKSPACE_ID);
    expect(all.length).toBeGreaterThan(2500);
    expect(all.length).toBeLessThan(3600);
    expect(all.every((e) => e.start_ms !== null && e.start_ms >= NOW - 61 * DAY && e.start_ms <= NOW)).toBe(
      true,
    );
    const archived = all.filter((e) => e.archived_at !== null).length;
    const deleted = all.filter((e) => e.deleted_at !== null).length;
    expect(archived).toBeGreaterThan(60);
    expect(archived).toBeLessThan(160);
    expect(deleted).toBeGreaterThan(20);
    expect(deleted).toBeLessThan(70);
    expect(all.filter((e) => e.time_block_id !== null).length).toBeGreaterThan(all.length / 2);
    expect(all.filter((e) => e.type === 'break').length).toBeGreaterThan(100);
    const taskless = all.filter((e) => e.task_id === null);
    expect(taskless.length).toBeGreaterThan(20);
    expect(taskless.length).toBeLessThan(200);

    const finished = all.filter((e) => e.duration !== null);
    expect(finished.every((e) => (e.duration ?? 0) >= 15 * 60 && (e.duration ?? 0) <= 3 * 3600)).toBe(true);
    const leadToday = (e: EntryRow) =>
      e.user_id === DEMO_ACCOUNTS.lead.userId && (e.start_ms ?? 0) > NOW - DAY / 4;
    const weekdays = all.filter((e) => !leadToday(e)).map((e) => new Date(e.start_ms ?? 0));
    expect(weekdays.every((d) => d.getUTCDay() !== 0 && d.getUTCDay() !== 6)).toBe(true);
    expect(weekdays.every((d) => d.getUTCHours() >= 7 && d.getUTCHours() <= 17)).toBe(true);
    expect(all.every((e) => e.created_at <= NOW && e.updated_at >= e.created_at)).toBe(true);
    db.close();
  });

  it("has one running entry, the lead's, and lead entries this week; the member has plenty", async () => {
    const db = await seeded();
    const all = rows(db, DEMO_WORKSPACE_ID);
    const running = all.filter((e) => e.duration === null && e.start_ms !== null);
    expect(running).toHaveLength(1);
    expect(running[0]?.user_id).toBe(DEMO_ACCOUNTS.lead.userId);
    expect(NOW - (running[0]?.start_ms ?? 0)).toBeLessThan(3600_000);
    const monday = NOW - ((new Date(NOW).getUTCDay() + 6) % 7) * DAY - (NOW % DAY);
    const leadThisWeek = all.filter(
      (e) => e.user_id === DEMO_ACCOUNTS.lead.userId && (e.start_ms ?? 0) >= monday,
    );
    expect(leadThisWeek.length).toBeGreaterThan(3);
    expect(all.filter((e) => e.user_id === DEMO_ACCOUNTS.member.userId).length).toBeGreaterThan(200);
    expect(new Set(all.map((e) => e.user_id)).size).toBe(10);

    const side = rows(db, SIDE_WORKSPACE_ID);
    expect(side.length).toBeGreaterThan(10);
    expect(new Set(side.map((e) => e.user_id))).toEqual(
      new Set([DEMO_ACCOUNTS.lead.userId, DEMO_ACCOUNTS.outsider.userId]),
    );
    db.close();
  });

  it('is the same on every run for the same day', async () => {
    const [a, b] = [await seeded(), await seeded()];
    expect(rows(a, DEMO_WORKSPACE_ID)).toEqual(rows(b, DEMO_WORKSPACE_ID));
    expect(hasData(a)).toBe(true);
    a.close();
    b.close();
  });

  it.each([
    ['a Thursday afternoon', NOW],
    ['a Monday morning', Date.parse('2026-08-10T06:10:00Z')],
    ['a Sunday', Date.parse('2026-08-16T12:00:00Z')],
    // The Monday before had a taskless entry first: the Saturday copy of it was left out of every view.
    ['a Tuesday, 1 December 2026', Date.parse('2026-12-01T10:21:45Z')],
  ])('plants one of each problem "Needs attention" finds, on %s', async (_, now) => {
    const [db, plain] = [await seeded({ now }), await seeded({ now, problems: false })];
    const all = rows(db, DEMO_WORKSPACE_ID).filter((e) => e.deleted_at === null && e.archived_at === null);
    const of = (user: number) => all.filter((e) => e.user_id === user);
    const end = (e: EntryRow) => (e.start_ms ?? 0) + (e.duration ?? 0) * 1000;
    const overlaps = (user: number) =>
      of(user).filter((a) =>
        of(user).some(
          (b) =>
            b !== a &&
            (b.start_ms ?? 0) >= (a.start_ms ?? 0) &&
            Math.min(end(a), end(b)) - (b.start_ms ?? 0) > 60_000,
        ),
      );
    expect(overlaps(PROBLEM_PEOPLE.overlap)).toHaveLength(1);
    expect(overlaps(PROBLEM_PEOPLE.member)).toHaveLength(1);
    // The copies overlap each other; nothing else overlaps.
    expect(overlaps(PROBLEM_PEOPLE.duplicate)).toHaveLength(2);
    for (const user of [6, 7, 8, 9, 10]) expect(overlaps(user)).toEqual([]);
    const copies = of(PROBLEM_PEOPLE.duplicate).filter((a) =>
      of(PROBLEM_PEOPLE.duplicate).some(
        (b) => b !== a && b.start_ms === a.start_ms && b.task_id === a.task_id && b.duration === a.duration,
      ),
    );
    expect(copies).toHaveLength(2);
    const running = of(PROBLEM_PEOPLE.running).filter((e) => e.duration === null);
    expect(running).toHaveLength(1);
    expect(now - (running[0]?.start_ms ?? now)).toBeGreaterThan(30 * 3600_000);
    expect(of(PROBLEM_PEOPLE.running).every((e) => (e.start_ms ?? 0) <= (running[0]?.start_ms ?? 0))).toBe(
      true,
    );
    expect(of(PROBLEM_PEOPLE.long).filter((e) => e.duration === 14 * 3600)).toHaveLength(1);
    expect(of(PROBLEM_PEOPLE.member).filter((e) => e.duration === 0)).toHaveLength(1);
    expect(all.filter((e) => (e.start_ms ?? 0) > now).map((e) => e.user_id)).toEqual([PROBLEM_PEOPLE.future]);
    expect(
      of(PROBLEM_PEOPLE.longBreak).filter((e) => e.type === 'break' && e.duration === 3.25 * 3600),
    ).toHaveLength(1);
    const saturdays = all.filter((e) => new Date(e.start_ms ?? 0).getUTCDay() === 6);
    expect(saturdays.map((e) => [e.user_id, e.type])).toEqual([[PROBLEM_PEOPLE.weekend, 'activity']]);
    expect(saturdays[0]?.task_id).not.toBeNull();
    // Within the view's default 30 days, and everyone else's entries untouched.
    const before = new Set(
      rows(plain, DEMO_WORKSPACE_ID).map((e) => `${e.user_id} ${e.start_ms} ${e.duration}`),
    );
    const planted = all.filter((e) => !before.has(`${e.user_id} ${e.start_ms} ${e.duration}`));
    expect(planted.length).toBeGreaterThanOrEqual(8);
    expect(planted.every((e) => (e.start_ms ?? 0) > now - 30 * DAY)).toBe(true);
    const others = (d: Db) =>
      rows(d, DEMO_WORKSPACE_ID)
        .filter((e) => !(Object.values(PROBLEM_PEOPLE) as number[]).includes(e.user_id))
        .map(({ id: _, ...rest }) => rest);
    expect(others(db)).toEqual(others(plain));
    db.close();
    plain.close();
  });

  it('builds a data set of a given size', async () => {
    const db = await seeded({ now: NOW, entries: 12_000 });
    expect(rows(db, DEMO_WORKSPACE_ID)).toHaveLength(12_000);
    db.close();
  });
});
