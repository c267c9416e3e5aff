import type { OrderByKey, TimeEntryType } from '../../contract/index.ts';
import { rawStatement, type Db } from '../db/connection.ts';
import { ENTRY_COLUMNS, buildListQuery, type EntryFilters } from './list-query.ts';

export interface EntryRow {
  id: number;
  workspace_id: number;
  user_id: number;
  task_id: number | null;
  type: TimeEntryType;
  start_ms: number | null;
  duration: number | null;
  time_block_id: number | null;
  created_at: number;
  updated_at: number;
  archived_at: number | null;
  deleted_at: number | null;
}

export type { EntryFilters, OrderByKey };

/** An entry row as SQLite answers it in raw mode: the ENTRY_COLUMNS values in order. */
export type EntryTuple = [
  number,
  number,
  number,
  number | null,
  TimeEntryType,
  number | null,
  number | null,
  number | null,
  number,
  number,
  number | null,
  number | null,
];

// Rows are read as arrays (half the cost of better-sqlite3's objects) and named here.
export const toRow = (t: EntryTuple): EntryRow => ({
  id: t[0],
  workspace_id: t[1],
  user_id: t[2],
  task_id: t[3],
  type: t[4],
  start_ms: t[5],
  duration: t[6],
  time_block_id: t[7],
  created_at: t[8],
  updated_at: t[9],
  archived_at: t[10],
  deleted_at: t[11],
});

/** One entry of the workspace, deleted or not. */
export function findEntry(db: Db, workspaceId: number, id: number): EntryRow | undefined {
  const t = rawStatement<[number, number], EntryTuple>(
    db,
    `SELECT ${ENTRY_COLUMNS} FROM time_entries e WHERE e.id = ? AND e.workspace_id = ?`,
  ).get(id, workspaceId);
  return t && toRow(t);
}

/** Entries of the workspace among `ids`, deleted or not. */
export function findEntries(db: Db, workspaceId: number, ids: readonly number[]): EntryRow[] {
  return rawStatement<[number, string], EntryTuple>(
    db,
    `SELECT ${ENTRY_COLUMNS} FROM time_entries e
      WHERE e.workspace_id = ? AND e.id IN (SELECT value FROM json_each(?))`,
  )
    .all(workspaceId, JSON.stringify(ids))
    .map(toRow);
}

export function listEntries(db: Db, filters: EntryFilters): EntryTuple[] {
  const { sql, params } = buildListQuery(filters);
  return rawStatement<[typeof params], EntryTuple>(db, sql).all(params);
}

/** Raw rows one at a time, for streams; `db` should be a reader of its own (see openReader). */
export function iterateEntries(db: Db, filters: EntryFilters): IterableIterator<EntryTuple> {
  const { sql, params } = buildListQuery(filters);
  return rawStatement<[typeof params], EntryTuple>(db, sql).iterate(params);
}

export function iterateTimeBlocks(
  db: Db,
  workspaceId: number,
  timeBlockIds: readonly number[],
  onlyUserId: number | undefined,
): IterableIterator<EntryTuple> {
  const stmt = rawStatement<[{ ws: number; blocks: string; user: number | null }], EntryTuple>(
    db,
    `SELECT ${ENTRY_COLUMNS} FROM time_entries e
      WHERE e.time_block_id IN (SELECT value FROM json_each(@blocks))
        AND e.workspace_id = @ws AND e.deleted_at IS NULL AND (@user IS NULL OR e.user_id = @user)
      ORDER BY e.start_ms DESC, e.id DESC`,
  );
  return stmt.iterate({ ws: workspaceId, blocks: JSON.stringify(timeBlockIds), user: onlyUserId ?? null });
}
