import { DEFAULT_PER_PAGE, type RouteInput, type StreamEntriesQuery } from '../../contract/index.ts';
import type { WorkspaceAccess } from '../auth/access.ts';
import { openReader } from '../db/connection.ts';
import type { ApiContext, JsonBody } from '../http/context.ts';
import { streamJsonArray } from '../http/stream-array.ts';
import { workspaceTaskBytes } from '../tasks/cache.ts';
import { workspaceScope } from './guards.ts';
import type { EntryFilters } from './list-query.ts';
import { pageBytes, writeEntry } from './serialize.ts';
import { iterateEntries, iterateTimeBlocks, listEntries } from './store.ts';

function rangeFilters(access: WorkspaceAccess, query: StreamEntriesQuery): EntryFilters {
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

export function listWorkspaceEntries(
  ctx: ApiContext,
  { params, query }: RouteInput<'listWorkspaceEntries'>,
): JsonBody {
  const access = workspaceScope(ctx, params);
  const page = query.page ?? 1;
  const perPage = query.per_page ?? DEFAULT_PER_PAGE;
  const rows = listEntries(ctx.db, {
    ...rangeFilters(access, query),
    timeBlockId: query.time_block_id,
    limit: perPage,
    offset: (page - 1) * perPage,
  });
  const tasks = workspaceTaskBytes(ctx.db, access.workspaceId, access.canManage);
  return pageBytes(rows, page, perPage, tasks);
}

export async function streamWorkspaceEntries(
  ctx: ApiContext,
  { params, query }: RouteInput<'streamWorkspaceEntries'>,
): Promise<void> {
  const access = workspaceScope(ctx, params);
  const filters = rangeFilters(access, query);
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

export async function streamTimeBlockEntries(
  ctx: ApiContext,
  { params, query }: RouteInput<'streamTimeBlockEntries'>,
): Promise<void> {
  const access = workspaceScope(ctx, params);
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
