import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/connection.ts';
import type { EntryRow } from '../time-entries/columns.ts';
import { DEMO_ACCOUNTS, DEMO_WORKSPACE_ID, SIDE_WORKSPACE_ID } from './accounts.ts';
import { hasData, seedDemo } from './seed.ts';

const dir = mkdtempSync(join(tmpdir(), 'focus-seed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOW = Date.parse('2026-08-06T14:37:00Z');
const DAY = 86_400_000;
let n = 0;

async function seeded(options: { now?: number; entries?: number } = { now: NOW }): Promise<Db> {
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

  it('builds a data set of a given size', async () => {
    const db = await seeded({ now: NOW, entries: 12_000 });
    expect(rows(db, DEMO_WORKSPACE_ID)).toHaveLength(12_000);
    db.close();
  });
});
