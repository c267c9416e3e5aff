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

function orderClause(keys: readonly OrderByKey[] | undefined): string {
  const list = (keys && keys.length > 0 ? keys : (['-start'] as const)).map(parseOrderByKey);
  const parts = list.map(({ field, descending }) => `${ORDER_COLUMNS[field]} ${descending ? 'DESC' : 'ASC'}`);
  // The id tie-break follows the first key, so `-start` pages by (start, id) descending and stay stable.
  const firstDesc = list[0]?.descending ?? true;
  return `${parts.join(', ')}, e.id ${firstDesc ? 'DESC' : 'ASC'}`;
}

export function buildListQuery(f: EntryFilters): { sql: string; params: Record<string, number | string> } {
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
  if (f.window) {
    // Overlap of [start, end] with [from, to]; an entry with no duration (running) is a point at its
    // start, as the API contract decides. The lower bound on start (the window start minus the longest
    // stored duration, read from an index once per query) turns the overlap test into a range scan
    // instead of a walk over everything that started before `to`.
    where.push(
      `e.start_ms >= @from - 1000 * (SELECT IFNULL(MAX(duration), 0) FROM time_entries WHERE workspace_id = @ws)`,
      'e.start_ms <= @to',
      'COALESCE(e.end_ms, e.start_ms) >= @from',
    );
    Object.assign(params, { to: f.window.to, from: f.window.from });
  }
  let sql = `SELECT ${ENTRY_COLUMNS} FROM time_entries e WHERE ${where.join(' AND ')} ORDER BY ${orderClause(f.orderBy)}`;
  if (f.limit !== undefined) {
    sql += ' LIMIT @limit OFFSET @offset';
    params.limit = f.limit;
    params.offset = f.offset ?? 0;
  }
  return { sql, params };
}
