import type { Db } from './connection.ts';

function catalogTriggers(tables: readonly string[]): string {
  return tables
    .flatMap((table) =>
      ['INSERT', 'UPDATE', 'DELETE'].map(
        (op) =>
          `CREATE TRIGGER IF NOT EXISTS ${table}_${op.toLowerCase()}_version AFTER ${op} ON ${table}
           BEGIN UPDATE catalog_version SET version = version + 1; END;`,
      ),
    )
    .join('\n');
}

interface Migration {
  version: number;
  /** Columns to add first, each only where missing (SQLite has no ADD COLUMN IF NOT EXISTS). */
  columns?: readonly { table: string; name: string; definition: string }[];
  sql: string;
}

function addMissingColumns(db: Db, columns: NonNullable<Migration['columns']>): void {
  for (const c of columns) {
    const existing = db.prepare<[], { name: string }>(`PRAGMA table_info(${c.table})`).all();
    if (!existing.some((col) => col.name === c.name)) {
      db.exec(`ALTER TABLE ${c.table} ADD COLUMN ${c.name} ${c.definition}`);
    }
  }
}

/** Append only: a released migration never changes, a new version is added instead. */
const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE organizations (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL
      );
      CREATE TABLE workspaces (
        id INTEGER PRIMARY KEY,
        organization_id INTEGER NOT NULL REFERENCES organizations(id),
        name TEXT NOT NULL
      );
      CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        email TEXT NOT NULL UNIQUE COLLATE NOCASE,
        password_hash TEXT,
        api_key_hash TEXT UNIQUE
      );
      CREATE TABLE organization_users (
        id INTEGER PRIMARY KEY,
        organization_id INTEGER NOT NULL REFERENCES organizations(id),
        user_id INTEGER NOT NULL REFERENCES users(id),
        UNIQUE (organization_id, user_id)
      );
      CREATE INDEX organization_users_user ON organization_users(user_id);
      CREATE TABLE workspace_members (
        workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
        user_id INTEGER NOT NULL REFERENCES users(id),
        manage_time_entries INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (workspace_id, user_id)
      ) WITHOUT ROWID;
      CREATE INDEX workspace_members_user ON workspace_members(user_id);
      CREATE TABLE clients (
        id INTEGER PRIMARY KEY,
        workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
        name TEXT NOT NULL
      );
      CREATE TABLE projects (
        id INTEGER PRIMARY KEY,
        workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
        client_id INTEGER REFERENCES clients(id),
        name TEXT NOT NULL,
        color TEXT,
        billable INTEGER NOT NULL DEFAULT 0,
        currency TEXT,
        hourly_rate REAL
      );
      CREATE TABLE statuses (
        id INTEGER PRIMARY KEY,
        workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
        name TEXT NOT NULL,
        emoji TEXT,
        type TEXT NOT NULL CHECK (type IN ('todo', 'in_progress', 'done', 'blocked'))
      );
      CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
        name TEXT NOT NULL,
        color TEXT
      );
      CREATE TABLE tasks (
        id INTEGER PRIMARY KEY,
        workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
        project_id INTEGER REFERENCES projects(id),
        status_id INTEGER REFERENCES statuses(id),
        name TEXT NOT NULL,
        color TEXT,
        priority TEXT NOT NULL DEFAULT 'none' CHECK (priority IN ('none', 'low', 'medium', 'high'))
      );
      CREATE INDEX tasks_workspace_status ON tasks(workspace_id, status_id);
      CREATE TABLE task_tags (
        task_id INTEGER NOT NULL REFERENCES tasks(id),
        tag_id INTEGER NOT NULL REFERENCES tags(id),
        PRIMARY KEY (task_id, tag_id)
      ) WITHOUT ROWID;
      CREATE TABLE time_entries (
        id INTEGER PRIMARY KEY,
        workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
        user_id INTEGER NOT NULL REFERENCES users(id),
        task_id INTEGER REFERENCES tasks(id),
        type TEXT NOT NULL CHECK (type IN ('activity', 'break')),
        start_ms INTEGER,
        duration INTEGER CHECK (duration >= 0),
        time_block_id INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        archived_at INTEGER,
        deleted_at INTEGER,
        -- Derived so the date-window overlap test and the archived filter can use indexes.
        end_ms INTEGER GENERATED ALWAYS AS (start_ms + duration * 1000) VIRTUAL,
        archived INTEGER GENERATED ALWAYS AS (archived_at IS NOT NULL) VIRTUAL
      );
      CREATE INDEX time_entries_live ON time_entries(workspace_id, archived, start_ms) WHERE deleted_at IS NULL;
      CREATE INDEX time_entries_live_user ON time_entries(workspace_id, user_id, archived, start_ms)
        WHERE deleted_at IS NULL;
      CREATE INDEX time_entries_task ON time_entries(workspace_id, task_id, start_ms);
      CREATE INDEX time_entries_time_block ON time_entries(time_block_id) WHERE time_block_id IS NOT NULL;
      CREATE INDEX time_entries_duration ON time_entries(workspace_id, duration);
      CREATE INDEX time_entries_running ON time_entries(workspace_id, start_ms) WHERE duration IS NULL;
      CREATE INDEX time_entries_user ON time_entries(user_id);
    `,
  },
  {
    version: 2,
    sql: `
      -- Bumped by triggers on every change to what an embedded task is made of, so caches know when to rebuild.
      -- IF NOT EXISTS: development databases made before this was split out of version 1 already have it.
      CREATE TABLE IF NOT EXISTS catalog_version (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        version INTEGER NOT NULL
      );
      INSERT OR IGNORE INTO catalog_version (id, version) VALUES (1, 0);
      ${catalogTriggers(['tasks', 'task_tags', 'projects', 'clients', 'statuses', 'tags'])}
    `,
  },
  {
    version: 3,
    sql: `
      -- Entries longer than a day, by their end: a date window finds the ones that started before it here,
      -- whatever the longest entry (see list-query.ts). The index on duration served the bound this replaces.
      CREATE INDEX IF NOT EXISTS time_entries_long ON time_entries(workspace_id, end_ms)
        WHERE duration > 86400 AND deleted_at IS NULL;
      DROP INDEX IF EXISTS time_entries_duration;
    `,
  },
  {
    version: 4,
    // What the public document's task, project and people objects carry beyond names: when they were
    // made, who made a task, and who owns or administers the organization.
    columns: [
      { table: 'tasks', name: 'created_at', definition: 'INTEGER' },
      { table: 'tasks', name: 'user_id', definition: 'INTEGER REFERENCES users(id)' },
      { table: 'projects', name: 'created_at', definition: 'INTEGER' },
      { table: 'organization_users', name: 'created_at', definition: 'INTEGER' },
      {
        table: 'organization_users',
        name: 'role',
        definition: "TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('owner', 'admin', 'member'))",
      },
    ],
    sql: `
      -- Rows from before: a task two weeks before its first entry, a project a week before its first task,
      -- a person a month before the organization's first project; a task's maker is its workspace's manager.
      UPDATE tasks SET created_at = COALESCE(
        (SELECT MIN(COALESCE(e.start_ms, e.created_at)) FROM time_entries e WHERE e.task_id = tasks.id),
        CAST(strftime('%s', 'now') AS INTEGER) * 1000) - 14 * 86400000 WHERE created_at IS NULL;
      UPDATE tasks SET user_id = (SELECT m.user_id FROM workspace_members m WHERE m.workspace_id = tasks.workspace_id
        ORDER BY m.manage_time_entries DESC, m.user_id LIMIT 1) WHERE user_id IS NULL;
      UPDATE projects SET created_at = COALESCE(
        (SELECT MIN(t.created_at) FROM tasks t WHERE t.project_id = projects.id),
        CAST(strftime('%s', 'now') AS INTEGER) * 1000) - 7 * 86400000 WHERE created_at IS NULL;
      UPDATE organization_users SET created_at = COALESCE(
        (SELECT MIN(p.created_at) FROM projects p JOIN workspaces w ON w.id = p.workspace_id
          WHERE w.organization_id = organization_users.organization_id),
        CAST(strftime('%s', 'now') AS INTEGER) * 1000) - 30 * 86400000 WHERE created_at IS NULL;
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

export function migrate(db: Db): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL
  )`);
  const row = db
    .prepare<[], { version: number | null }>('SELECT MAX(version) AS version FROM schema_migrations')
    .get();
  const current = row?.version ?? 0;
  if (current > SCHEMA_VERSION) {
    throw new Error(`database schema version ${current} is newer than this server (${SCHEMA_VERSION})`);
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)');
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      if (m.columns) addMissingColumns(db, m.columns);
      db.exec(m.sql);
      record.run(m.version, new Date().toISOString());
    })();
  }
}
