import { DEFAULT_PER_PAGE, type RouteInput } from '../../contract/index.ts';
import { requireWorkspace, type WorkspaceAccess } from '../auth/access.ts';
import type { ApiContext, JsonBody } from '../http/context.ts';
import { patched, replaced, toMs } from './fields.ts';
import { requireBodyTasks, requireEntry, requireOwners, requireTask } from './guards.ts';
import { entryJson, pageBytes } from './serialize.ts';
import { findEntry, listEntries } from './store.ts';
import { insertEntry, setArchived, setDeleted, updateEntry } from './store-writes.ts';

/** An entry's path: under its task, or (the `…ById` routes) by id alone, with a task or without. */
type EntryParams = RouteInput<'getEntry'>['params'] | RouteInput<'getEntryById'>['params'];
type EntryInput = { params: EntryParams };

function taskScope(ctx: ApiContext, params: RouteInput<'listTaskEntries'>['params']) {
  const access = requireWorkspace(ctx.db, ctx.userId, params.organization_id, params.workspace_id);
  return { access, taskId: params.task_id };
}

function entryScope(
  ctx: ApiContext,
  params: EntryParams,
): { access: WorkspaceAccess; taskId: number | undefined; entryId: number } {
  const access = requireWorkspace(ctx.db, ctx.userId, params.organization_id, params.workspace_id);
  return { access, taskId: 'task_id' in params ? params.task_id : undefined, entryId: params.time_entry_id };
}

export function listTaskEntries(ctx: ApiContext, { params, query }: RouteInput<'listTaskEntries'>): JsonBody {
  const { access, taskId } = taskScope(ctx, params);
  requireTask(ctx.db, access, taskId);
  const page = query.page ?? 1;
  const perPage = query.per_page ?? DEFAULT_PER_PAGE;
  const rows = listEntries(ctx.db, {
    workspaceId: access.workspaceId,
    userId: access.canManage ? undefined : access.userId,
    taskId,
    type: query.type,
    archived: query.archived ?? false,
    timeBlockId: query.time_block_id,
    orderBy: query.order_by,
    limit: perPage,
    offset: (page - 1) * perPage,
  });
  return pageBytes(rows, page, perPage);
}

export function createEntry(ctx: ApiContext, { params, body }: RouteInput<'createEntry'>): JsonBody {
  const { access, taskId } = taskScope(ctx, params);
  requireTask(ctx.db, access, taskId);
  return insertAndAnswer(ctx, access, taskId, body);
}

/** `POST …/workspaces/{workspace_id}/time-entries`: an entry without a task. */
export function createTasklessEntry(
  ctx: ApiContext,
  { params, body }: RouteInput<'createTasklessEntry'>,
): JsonBody {
  const access = requireWorkspace(ctx.db, ctx.userId, params.organization_id, params.workspace_id);
  return insertAndAnswer(ctx, access, null, body);
}

function insertAndAnswer(
  ctx: ApiContext,
  access: WorkspaceAccess,
  taskId: number | null,
  body: RouteInput<'createEntry'>['body'],
): JsonBody {
  requireOwners(ctx.db, access, [body.user_id]);
  const id = insertEntry(
    ctx.db,
    {
      workspace_id: access.workspaceId,
      user_id: body.user_id ?? access.userId,
      task_id: taskId,
      type: body.type,
      start_ms: toMs(body.start),
      duration: body.duration ?? null,
      time_block_id: body.time_block_id ?? null,
    },
    ctx.now,
  );
  const row = findEntry(ctx.db, access.workspaceId, id);
  if (!row) throw new Error(`entry ${id} vanished after insert`);
  return entryJson(row);
}

export function getEntry(ctx: ApiContext, { params }: EntryInput): JsonBody {
  const { access, taskId, entryId } = entryScope(ctx, params);
  return entryJson(requireEntry(ctx.db, access, taskId, entryId, { read: true }));
}

export function replaceEntry(
  ctx: ApiContext,
  { params, body }: { params: EntryParams; body: RouteInput<'replaceEntry'>['body'] },
): void {
  const { access, taskId, entryId } = entryScope(ctx, params);
  const row = requireEntry(ctx.db, access, taskId, entryId);
  updateEntry(ctx.db, row, replaced(row, body), ctx.now);
}

export function patchEntry(
  ctx: ApiContext,
  { params, body }: { params: EntryParams; body: RouteInput<'patchEntry'>['body'] },
): void {
  const { access, taskId, entryId } = entryScope(ctx, params);
  const row = requireEntry(ctx.db, access, taskId, entryId);
  if (body.task_id !== undefined) requireBodyTasks(ctx.db, access, [body.task_id]);
  updateEntry(ctx.db, row, patched(row, body), ctx.now);
}

export function deleteEntry(ctx: ApiContext, { params }: EntryInput): void {
  const { access, taskId, entryId } = entryScope(ctx, params);
  requireEntry(ctx.db, access, taskId, entryId);
  setDeleted(ctx.db, entryId, true, ctx.now);
}

export function archiveEntry(ctx: ApiContext, { params }: EntryInput): void {
  const { access, taskId, entryId } = entryScope(ctx, params);
  const row = requireEntry(ctx.db, access, taskId, entryId);
  if (row.archived_at === null) setArchived(ctx.db, entryId, true, ctx.now);
}

export function unarchiveEntry(ctx: ApiContext, { params }: EntryInput): void {
  const { access, taskId, entryId } = entryScope(ctx, params);
  const row = requireEntry(ctx.db, access, taskId, entryId);
  if (row.archived_at !== null) setArchived(ctx.db, entryId, false, ctx.now);
}

export function restoreEntry(ctx: ApiContext, { params }: EntryInput): void {
  const { access, taskId, entryId } = entryScope(ctx, params);
  const row = requireEntry(ctx.db, access, taskId, entryId, { allowDeleted: true });
  if (row.deleted_at !== null) setDeleted(ctx.db, entryId, false, ctx.now);
}
