import {
  parseOrderByKey,
  type OrderByField,
  type OrderByKey,
  type TimeEntryType,
} from '../../contract/index.ts';
import { ENTRY_COLUMNS } from './columns.ts';

export interface DateWindow {
  from: number;
  to: number;
}

export interface EntryFilters {
  workspaceId: number;
  /** Only this person's entries (a member without manage_time_entries). */
  userId?: number | undefined;
  taskId?: number | undefined;
  statusId?: number | undefined;
  type?: TimeEntryType | undefined;
  archived: boolean;
  timeBlockId?: number | undefined;
  /** Taskless entries too (the workspace list and stream leave them out by default, as the API does). */
  includeTaskless?: boolean | undefined;
  window?: DateWindow | undefined;
  orderBy?: readonly OrderByKey[] | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

/** The column behind each order_by field: a field added to the contract fails to compile until it is mapped here. */
export const ORDER_COLUMNS: Record<OrderByField, string> = {
  start: 'e.start_ms',
  task_id: 'e.task_id',
  created_at: 'e.created_at',
  updated_at: 'e.updated_at',
};

/** `bare`: column names without the table alias, as ORDER BY after a UNION ALL needs them. */
function orderClause(keys: readonly OrderByKey[] | undefined, bare: boolean): string {
  const list = (keys && keys.length > 0 ? keys : (['-start'] as const)).map(parseOrderByKey);
  const column = (c: string) => (bare ? c.slice(2) : c);
  const parts = list.map(
    ({ field, descending }) => `${column(ORDER_COLUMNS[field])} ${descending ? 'DESC' : 'ASC'}`,
  );
  // The id tie-break follows the first key, so `-start` pages by (start, id) descending and stay stable.
  const firstDesc = list[0]?.descending ?? true;
  return `${parts.join(', ')}, ${column('e.id')} ${firstDesc ? 'DESC' : 'ASC'}`;
}

/** Entries up to this long are found by their start alone; longer ones through their own index (see below). */
export const SHORT_ENTRY_S = 86_400;

/**
 * The list query. `longEntries`: whether the window may hold entries longer than a day that start before it
 * (see hasLongEntriesSince); without them the second part of a window query is left out, which saves a
 * quarter of a page query's time.
 */
export function buildListQuery(
  f: EntryFilters,
  longEntries = true,
): { sql: string; params: Record<string, number | string> } {
  const where = ['e.workspace_id = @ws', 'e.deleted_at IS NULL', 'e.archived = @archived'];
  const params: Record<string, number | string> = { ws: f.workspaceId, archived: f.archived ? 1 : 0 };
  if (f.userId !== undefined) {
    where.push('e.user_id = @user');
    params.user = f.userId;
  }
  if (f.taskId !== undefined) {
    where.push('e.task_id = @task');
    params.task = f.taskId;
  } else if (!f.includeTaskless) {
    where.push('e.task_id IS NOT NULL');
  }
  if (f.statusId !== undefined) {
    where.push('e.task_id IN (SELECT id FROM tasks WHERE workspace_id = @ws AND status_id = @status)');
    params.status = f.statusId;
  }
  if (f.type !== undefined) {
    where.push('e.type = @type');
    params.type = f.type;
  }
  if (f.timeBlockId !== undefined) {
    where.push('e.time_block_id = @block');
    params.block = f.timeBlockId;
  }
  const select = `SELECT ${ENTRY_COLUMNS} FROM time_entries e WHERE ${where.join(' AND ')}`;
  let sql: string;
  if (f.window) {
    // Overlap of [start, end] with [from, to]; an entry with no duration (running) is a point at its
    // start, as the API contract decides. Two parts, so that neither scan depends on the longest entry:
    // entries that start at most a day before the window are a range of the start index, and the rare
    // longer ones that start earlier come from a partial index of long entries by their end (migration 3).
    // A bound from the workspace's longest duration made one 10-year entry cost every window ten years.
    Object.assign(params, { to: f.window.to, from: f.window.from, shortMs: SHORT_ENTRY_S * 1000 });
    const short = `${select} AND e.start_ms >= @from - @shortMs AND e.start_ms <= @to AND COALESCE(e.end_ms, e.start_ms) >= @from`;
    sql = longEntries
      ? `${short} UNION ALL ${select} AND e.duration > ${SHORT_ENTRY_S} AND e.end_ms >= @from` +
        ` AND e.start_ms < @from - @shortMs ORDER BY ${orderClause(f.orderBy, true)}`
      : `${short} ORDER BY ${orderClause(f.orderBy, false)}`;
  } else {
    sql = `${select} ORDER BY ${orderClause(f.orderBy, false)}`;
  }
  if (f.limit !== undefined) {
    sql += ' LIMIT @limit OFFSET @offset';
    params.limit = f.limit;
    params.offset = f.offset ?? 0;
  }
  return { sql, params };
}
