import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './connection.ts';
import { SCHEMA_VERSION } from './migrations.ts';

const dir = mkdtempSync(join(tmpdir(), 'focus-migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('migrations', () => {
  it('creates the schema once, in WAL mode with foreign keys on', () => {
    const path = join(dir, 'fresh.db');
    const db = openDatabase(path);
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    expect(versions.at(-1)).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() =>
      db
        .prepare(
          'INSERT INTO time_entries (workspace_id, user_id, type, created_at, updated_at) VALUES (9, 9, ?, 0, 0)',
        )
        .run('activity'),
    ).toThrow(/FOREIGN KEY/);
    db.close();
    const again = openDatabase(path);
    expect(again.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(versions.length);
    again.close();
  });

  it('brings an older database up to date', () => {
    const path = join(dir, 'old.db');
    openDatabase(path).close();
    const raw = new Database(path);
    raw.exec('DROP TABLE catalog_version; DELETE FROM schema_migrations WHERE version > 1');
    raw.close();
    const db = openDatabase(path);
    expect(db.prepare('SELECT version FROM catalog_version').pluck().get()).toBe(0);
    db.prepare("INSERT INTO organizations (id, name) VALUES (1, 'o')").run();
    db.prepare("INSERT INTO workspaces (id, organization_id, name) VALUES (1, 1, 'w')").run();
    db.prepare("INSERT INTO tasks (workspace_id, name) VALUES (1, 't')").run();
    expect(db.prepare('SELECT version FROM catalog_version').pluck().get()).toBe(1);
    db.close();
  });

  it('dates the catalog and names task makers in a database from before version 4', () => {
    const path = join(dir, 'undated.db');
    const DAY = 86_400_000;
    const start = Date.parse('2026-05-04T09:00:00Z');
    const db = openDatabase(path);
    db.exec(`
      INSERT INTO organizations (id, name) VALUES (1, 'o');
      INSERT INTO workspaces (id, organization_id, name) VALUES (1, 1, 'w');
      INSERT INTO users (id, uid, name, email) VALUES (1, 'u1', 'A', 'a@x'), (2, 'u2', 'B', 'b@x');
      INSERT INTO organization_users (id, organization_id, user_id) VALUES (11, 1, 1), (12, 1, 2);
      INSERT INTO workspace_members (workspace_id, user_id, manage_time_entries) VALUES (1, 1, 0), (1, 2, 1);
      INSERT INTO projects (id, workspace_id, name) VALUES (1, 1, 'p');
      INSERT INTO tasks (id, workspace_id, project_id, name) VALUES (1, 1, 1, 't');
      INSERT INTO time_entries (workspace_id, user_id, task_id, type, start_ms, duration, created_at, updated_at)
        VALUES (1, 1, 1, 'activity', ${start}, 60, ${start}, ${start});
      UPDATE tasks SET created_at = NULL, user_id = NULL;
      UPDATE projects SET created_at = NULL;
      UPDATE organization_users SET created_at = NULL;
      DELETE FROM schema_migrations WHERE version >= 4;
    `);
    db.close();
    const again = openDatabase(path);
    const one = (sql: string) => again.prepare(sql).get();
    expect(one('SELECT created_at, user_id FROM tasks')).toEqual({
      created_at: start - 14 * DAY,
      user_id: 2,
    });
    expect(one('SELECT created_at FROM projects')).toEqual({ created_at: start - 21 * DAY });
    expect(
      one('SELECT MIN(created_at) AS a, MAX(created_at) AS b, MIN(role) AS role FROM organization_users'),
    ).toEqual({
      a: start - 51 * DAY,
      b: start - 51 * DAY,
      role: 'member',
    });
    again.close();
  });

  it('version 3 replaces the index on duration with one of long entries by their end', () => {
    const path = join(dir, 'v2.db');
    openDatabase(path).close();
    const raw = new Database(path);
    raw.exec(`DROP INDEX time_entries_long;
      CREATE INDEX time_entries_duration ON time_entries(workspace_id, duration);
      DELETE FROM schema_migrations WHERE version > 2`);
    raw.close();
    const db = openDatabase(path);
    const indexes = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'time_entries'")
      .pluck()
      .all();
    expect(indexes).toContain('time_entries_long');
    expect(indexes).not.toContain('time_entries_duration');
    db.close();
  });

  it('refuses a database from a newer server', () => {
    const path = join(dir, 'newer.db');
    openDatabase(path).close();
    const raw = new Database(path);
    raw
      .prepare("INSERT INTO schema_migrations (version, applied_at) VALUES (?, 'later')")
      .run(SCHEMA_VERSION + 1);
    raw.close();
    expect(() => openDatabase(path)).toThrow(/newer than this server/);
  });
});
