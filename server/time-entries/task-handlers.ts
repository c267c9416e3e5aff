import {
  DEFAULT_PER_PAGE,
  createEntryBody,
  entryPath,
  patchEntryBody,
  replaceEntryBody,
  taskEntriesQuery,
  taskPath,
} from '../../contract/index.ts';
import { requireWorkspace } from '../auth/access.ts';
import { NO_CONTENT, jsonReply, type ApiContext, type Reply } from '../http/context.ts';
import { parseWith, queryObject } from '../http/validate.ts';
import { patched, replaced, toMs } from './fields.ts';
import { requireBodyTasks, requireEntry, requireOwners, requireTask } from './guards.ts';
import { entryJson, pageBytes } from './serialize.ts';
import { findEntry, listEntries } from './store.ts';
import { insertEntry, setArchived, setDeleted, updateEntry } from './store-writes.ts';

function taskScope(ctx: ApiContext) {
  const path = parseWith(taskPath, ctx.params, 'path');
  const access = requireWorkspace(ctx.db, ctx.userId, path.organization_id, path.workspace_id);
  return { access, taskId: path.task_id };
}

function entryScope(ctx: ApiContext) {
  const path = parseWith(entryPath, ctx.params, 'path');
  const access = requireWorkspace(ctx.db, ctx.userId, path.organization_id, path.workspace_id);
  return { access, taskId: path.task_id, entryId: path.time_entry_id };
}

export function listTaskEntries(ctx: ApiContext): Reply {
  const { access, taskId } = taskScope(ctx);
  const query = parseWith(taskEntriesQuery, queryObject(ctx.search), 'query');
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
  return jsonReply(200, pageBytes(rows, page, perPage));
}

export function createEntry(ctx: ApiContext): Reply {
  const { access, taskId } = taskScope(ctx);
  const body = parseWith(createEntryBody, ctx.body, 'body');
  requireTask(ctx.db, access, taskId);
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
  return jsonReply(201, entryJson(row));
}

export function getEntry(ctx: ApiContext): Reply {
  const { access, taskId, entryId } = entryScope(ctx);
  return jsonReply(200, entryJson(requireEntry(ctx.db, access, taskId, entryId, { read: true })));
}

export function replaceEntry(ctx: ApiContext): Reply {
  const { access, taskId, entryId } = entryScope(ctx);
  const body = parseWith(replaceEntryBody, ctx.body, 'body');
  const row = requireEntry(ctx.db, access, taskId, entryId);
  updateEntry(ctx.db, row, replaced(row, body), ctx.now);
  return NO_CONTENT;
}

export function patchEntry(ctx: ApiContext): Reply {
  const { access, taskId, entryId } = entryScope(ctx);
  const body = parseWith(patchEntryBody, ctx.body, 'body');
  const row = requireEntry(ctx.db, access, taskId, entryId);
  if (body.task_id !== undefined) requireBodyTasks(ctx.db, access, [body.task_id]);
  updateEntry(ctx.db, row, patched(row, body), ctx.now);
  return NO_CONTENT;
}

export function deleteEntry(ctx: ApiContext): Reply {
  const { access, taskId, entryId } = entryScope(ctx);
  requireEntry(ctx.db, access, taskId, entryId);
  setDeleted(ctx.db, entryId, true, ctx.now);
  return NO_CONTENT;
}

export function archiveEntry(ctx: ApiContext): Reply {
  const { access, taskId, entryId } = entryScope(ctx);
  const row = requireEntry(ctx.db, access, taskId, entryId);
  if (row.archived_at === null) setArchived(ctx.db, entryId, true, ctx.now);
  return NO_CONTENT;
}

export function unarchiveEntry(ctx: ApiContext): Reply {
  const { access, taskId, entryId } = entryScope(ctx);
  const row = requireEntry(ctx.db, access, taskId, entryId);
  if (row.archived_at !== null) setArchived(ctx.db, entryId, false, ctx.now);
  return NO_CONTENT;
}

export function restoreEntry(ctx: ApiContext): Reply {
  const { access, taskId, entryId } = entryScope(ctx);
  const row = requireEntry(ctx.db, access, taskId, entryId, { allowDeleted: true });
  if (row.deleted_at !== null) setDeleted(ctx.db, entryId, false, ctx.now);
  return NO_CONTENT;
}
