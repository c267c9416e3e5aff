import {
  DEFAULT_PER_PAGE,
  streamEntriesQuery,
  timeBlockStreamQuery,
  workspaceEntriesQuery,
} from '../../contract/index.ts';
import type { WorkspaceAccess } from '../auth/access.ts';
import { openReader } from '../db/connection.ts';
import { jsonReply, type ApiContext, type Reply } from '../http/context.ts';
import { streamJsonArray } from '../http/stream-array.ts';
import { parseWith, queryObject } from '../http/validate.ts';
import { workspaceTaskBytes } from '../tasks/cache.ts';
import { workspaceScope } from './guards.ts';
import type { EntryFilters } from './list-query.ts';
import { pageBytes, writeEntry } from './serialize.ts';
import { iterateEntries, iterateTimeBlocks, listEntries } from './store.ts';

type RangeQuery = ReturnType<typeof parseStreamQuery>;
const parseStreamQuery = (ctx: ApiContext) => parseWith(streamEntriesQuery, queryObject(ctx.search), 'query');

function rangeFilters(access: WorkspaceAccess, query: RangeQuery): EntryFilters {
  return {
    workspaceId: access.workspaceId,
    userId: access.canManage ? undefined : access.userId,
    taskId: query.task_id,
    statusId: query.status_id,
    type: query.type,
    archived: query.archived ?? false,
    includeTaskless: query.include_taskless ?? false,
    window: { from: Date.parse(query.date_from), to: Date.parse(query.date_to) },
    orderBy: query.order_by,
  };
}

export function listWorkspaceEntries(ctx: ApiContext): Reply {
  const access = workspaceScope(ctx);
  const query = parseWith(workspaceEntriesQuery, queryObject(ctx.search), 'query');
  const page = query.page ?? 1;
  const perPage = query.per_page ?? DEFAULT_PER_PAGE;
  const rows = listEntries(ctx.db, {
    ...rangeFilters(access, query),
    timeBlockId: query.time_block_id,
    limit: perPage,
    offset: (page - 1) * perPage,
  });
  const tasks = workspaceTaskBytes(ctx.db, access.workspaceId, access.canManage);
  return jsonReply(200, pageBytes(rows, page, perPage, tasks));
}

export async function streamWorkspaceEntries(ctx: ApiContext): Promise<void> {
  const access = workspaceScope(ctx);
  const filters = rangeFilters(access, parseStreamQuery(ctx));
  const reader = openReader(ctx.dbPath);
  try {
    // One snapshot for the tasks and the rows, however long the client takes to read.
    reader.exec('BEGIN');
    const tasks = workspaceTaskBytes(reader, access.workspaceId, access.canManage);
    await streamJsonArray(ctx.res, iterateEntries(reader, filters), (out, row) =>
      writeEntry(out, row, tasks),
    );
  } finally {
    reader.close();
  }
}

export async function streamTimeBlockEntries(ctx: ApiContext): Promise<void> {
  const access = workspaceScope(ctx);
  const query = parseWith(timeBlockStreamQuery, queryObject(ctx.search), 'query');
  const reader = openReader(ctx.dbPath);
  try {
    const rows = iterateTimeBlocks(
      reader,
      access.workspaceId,
      query.time_block_id,
      access.canManage ? undefined : access.userId,
    );
    await streamJsonArray(ctx.res, rows, (out, row) => writeEntry(out, row));
  } finally {
    reader.close();
  }
}
