import type { OrderByKey } from '../../contract/index.ts';
import { rawStatement, type Db } from '../db/connection.ts';
import { ENTRY_COLUMNS, toRow, type EntryRow, type EntryTuple } from './columns.ts';
import { SHORT_ENTRY_S, buildListQuery, type EntryFilters } from './list-query.ts';

export type { EntryFilters, OrderByKey };

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

/**
 * Whether the workspace has a live entry longer than a day that ends at or after `from`: one look into the
 * index of long entries, a few microseconds, which usually spares a window query its second part.
 */
function hasLongEntriesSince(db: Db, workspaceId: number, from: number): boolean {
  return (
    rawStatement<[number, number], [number]>(
      db,
      `SELECT 1 FROM time_entries
        WHERE workspace_id = ? AND duration > ${SHORT_ENTRY_S} AND deleted_at IS NULL AND end_ms >= ? LIMIT 1`,
    ).get(workspaceId, from) !== undefined
  );
}

function listQuery(db: Db, filters: EntryFilters) {
  const long = filters.window ? hasLongEntriesSince(db, filters.workspaceId, filters.window.from) : false;
  return buildListQuery(filters, long);
}

export function listEntries(db: Db, filters: EntryFilters): EntryTuple[] {
  const { sql, params } = listQuery(db, filters);
  return rawStatement<[typeof params], EntryTuple>(db, sql).all(params);
}

/** Raw rows one at a time, for streams; `db` should be a reader of its own (see openReader). */
export function iterateEntries(db: Db, filters: EntryFilters): IterableIterator<EntryTuple> {
  const { sql, params } = listQuery(db, filters);
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
