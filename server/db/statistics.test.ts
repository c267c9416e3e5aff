import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../demo/seed.ts';
import { openDatabase } from './connection.ts';

const dir = mkdtempSync(join(tmpdir(), 'focus-statistics-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const count = (db: Database.Database, table: string) =>
  db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;

/** The plan a list query gets, by the same SQL shape the store uses. */
const listPlan = (db: Database.Database) =>
  (
    db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT e.id FROM time_entries e
          WHERE e.workspace_id = 1 AND e.deleted_at IS NULL AND e.archived = 0 AND e.start_ms >= ? AND e.start_ms <= ?
          ORDER BY e.start_ms DESC, e.id DESC LIMIT 50`,
      )
      .all(0, Date.now()) as { detail: string }[]
  ).map((r) => r.detail);

describe('planner statistics', () => {
  it('the demo seed keeps table statistics but no per-value samples, and lists still use the index', async () => {
    const db = openDatabase(join(dir, 'seeded.db'));
    await seedDemo(db, { entries: 2_000 });
    expect(count(db, 'sqlite_stat1')).toBeGreaterThan(0);
    expect(count(db, 'sqlite_stat4')).toBe(0);
    expect(listPlan(db).join(' ')).toMatch(/USING INDEX time_entries_live/);
    db.close();
  });

  it('opening a database drops samples an older version left behind', async () => {
    const path = join(dir, 'old.db');
    const seeded = openDatabase(path);
    await seedDemo(seeded, { entries: 500 });
    seeded.close();
    const raw = new Database(path);
    raw.exec('ANALYZE');
    expect(count(raw, 'sqlite_stat4')).toBeGreaterThan(0);
    raw.close();

    const db = openDatabase(path);
    expect(count(db, 'sqlite_stat4')).toBe(0);
    expect(count(db, 'sqlite_stat1')).toBeGreaterThan(0);
    db.close();
  });
});
