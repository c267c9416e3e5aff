import { statement, type Db } from '../db/connection.ts';

export interface TaskRow {
  id: number;
  workspace_id: number;
  name: string;
  color: string | null;
  status_id: number | null;
  priority: string;
  project_id: number | null;
  status_name: string | null;
  status_emoji: string | null;
  status_type: string | null;
  project_name: string | null;
  project_color: string | null;
  billable: number | null;
  currency: string | null;
  hourly_rate: number | null;
  client_id: number | null;
  client_name: string | null;
  created_at: number | null;
  /** Who made the task: its `toggl_user_id`. */
  user_id: number | null;
  /** Its place among the tasks of its project (or of the tasks without one), from 0. */
  position: number;
  project_created_at: number | null;
}

export interface TagRow {
  task_id: number;
  id: number;
  name: string;
  color: string | null;
}

const TASK_COLUMNS = `
  t.id, t.workspace_id, t.name, t.color, t.status_id, t.priority, t.project_id, t.created_at, t.user_id,
  (SELECT COUNT(*) FROM tasks o WHERE o.workspace_id = t.workspace_id AND o.project_id IS t.project_id
    AND o.id < t.id) AS position,
  s.name AS status_name, s.emoji AS status_emoji, s.type AS status_type,
  p.name AS project_name, p.color AS project_color, p.billable, p.currency, p.hourly_rate,
  p.created_at AS project_created_at,
  c.id AS client_id, c.name AS client_name
  FROM tasks t
  LEFT JOIN statuses s ON s.id = t.status_id
  LEFT JOIN projects p ON p.id = t.project_id
  LEFT JOIN clients c ON c.id = p.client_id`;

const SEARCH = `t.workspace_id = @ws AND (@name IS NULL
  OR t.name LIKE @name ESCAPE '\\' OR p.name LIKE @name ESCAPE '\\' OR c.name LIKE @name ESCAPE '\\')`;

/** Every task of a workspace. */
export function findTasks(db: Db, workspaceId: number): TaskRow[] {
  return statement<[number], TaskRow>(db, `SELECT ${TASK_COLUMNS} WHERE t.workspace_id = ?`).all(workspaceId);
}

export function findTags(db: Db, taskIds: readonly number[]): TagRow[] {
  return statement<[string], TagRow>(
    db,
    `SELECT tt.task_id, g.id, g.name, g.color FROM task_tags tt JOIN tags g ON g.id = tt.tag_id
      WHERE tt.task_id IN (SELECT value FROM json_each(?)) ORDER BY g.name COLLATE NOCASE, g.id`,
  ).all(JSON.stringify(taskIds));
}

export interface TaskSearch {
  workspaceId: number;
  name: string | undefined;
  limit: number;
  offset: number;
}

function likePattern(name: string | undefined): string | null {
  if (!name) return null;
  return `%${name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function searchTasks(db: Db, search: TaskSearch): { rows: TaskRow[]; total: number } {
  const params = { ws: search.workspaceId, name: likePattern(search.name) };
  const rows = statement<[typeof params & { limit: number; offset: number }], TaskRow>(
    db,
    `SELECT ${TASK_COLUMNS} WHERE ${SEARCH} ORDER BY t.name COLLATE NOCASE, t.id LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit: search.limit, offset: search.offset });
  const total =
    statement<[typeof params], { total: number }>(
      db,
      `SELECT COUNT(*) AS total FROM tasks t
         LEFT JOIN projects p ON p.id = t.project_id
         LEFT JOIN clients c ON c.id = p.client_id
        WHERE ${SEARCH}`,
    ).get(params)?.total ?? 0;
  return { rows, total };
}

/** Which of `ids` are tasks of the workspace. */
export function existingTaskIds(db: Db, workspaceId: number, ids: readonly number[]): Set<number> {
  const rows = statement<[number, string], { id: number }>(
    db,
    'SELECT id FROM tasks WHERE workspace_id = ? AND id IN (SELECT value FROM json_each(?))',
  ).all(workspaceId, JSON.stringify(ids));
  return new Set(rows.map((r) => r.id));
}
