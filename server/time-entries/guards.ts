import { canTouch, requireWorkspace, type WorkspaceAccess } from '../auth/access.ts';
import { isWorkspaceMember } from '../auth/store.ts';
import type { Db } from '../db/connection.ts';
import type { ApiContext } from '../http/context.ts';
import { forbidden, notFound, validationError } from '../http/errors.ts';
import { existingTaskIds } from '../tasks/store.ts';
import type { EntryRow } from './columns.ts';
import { findEntries, findEntry } from './store.ts';

/** The workspace in the path, and what the caller may do there (403 when not a member). */
export function workspaceScope(
  ctx: ApiContext,
  params: { organization_id: number; workspace_id: number },
): WorkspaceAccess {
  return requireWorkspace(ctx.db, ctx.userId, params.organization_id, params.workspace_id);
}

/** The task in the path must be a task of the workspace. */
export function requireTask(db: Db, access: WorkspaceAccess, taskId: number): void {
  if (!existingTaskIds(db, access.workspaceId, [taskId]).has(taskId)) {
    throw notFound(`task_id ${taskId} is not a task of workspace ${access.workspaceId}`, { task_id: taskId });
  }
}

/** Task ids named in a body must be tasks of the workspace. */
export function requireBodyTasks(db: Db, access: WorkspaceAccess, taskIds: readonly number[]): void {
  const unique = [...new Set(taskIds)];
  if (unique.length === 0) return;
  const found = existingTaskIds(db, access.workspaceId, unique);
  const missing = unique.filter((id) => !found.has(id));
  if (missing.length > 0) {
    throw validationError(`task_id ${missing.join(', ')} is not a task of workspace ${access.workspaceId}`, {
      task_id: missing,
    });
  }
}

/**
 * The entry under `{task_id}` (any task or none when `taskId` is undefined: the by-id routes); an unknown
 * entry, one under another task and (unless restoring) a deleted one are 404. Someone else's entry without
 * manage_time_entries is 404 to a read and 403 to a change, whatever task the path names: neither answer
 * tells which task it is under (docs/contract-notes.md).
 */
export function requireEntry(
  db: Db,
  access: WorkspaceAccess,
  taskId: number | undefined,
  entryId: number,
  options: { allowDeleted?: boolean; read?: boolean } = {},
): EntryRow {
  const row = findEntry(db, access.workspaceId, entryId);
  const where = taskId === undefined ? `in workspace ${access.workspaceId}` : `under task ${taskId}`;
  const missing = () => notFound(`time entry ${entryId} does not exist ${where}`, { time_entry_id: entryId });
  if (!row || (row.deleted_at !== null && !options.allowDeleted)) throw missing();
  if (!canTouch(access, row.user_id)) {
    if (options.read) throw missing();
    throw forbidden(`time entry ${entryId} belongs to someone else; changing it needs manage_time_entries`, {
      ids: [entryId],
    });
  }
  if (taskId !== undefined && row.task_id !== taskId) throw missing();
  return row;
}

/** All of `ids` or an error naming every unknown (404) or, failing that, every inaccessible (403) one. */
export function requireEntries(
  db: Db,
  access: WorkspaceAccess,
  ids: readonly number[],
  options: { allowDeleted?: boolean } = {},
): Map<number, EntryRow> {
  const rows = new Map(findEntries(db, access.workspaceId, ids).map((r) => [r.id, r]));
  const missing = ids.filter((id) => {
    const row = rows.get(id);
    return !row || (row.deleted_at !== null && !options.allowDeleted);
  });
  if (missing.length > 0) {
    throw notFound(`time entries ${missing.join(', ')} do not exist in workspace ${access.workspaceId}`, {
      ids: missing,
    });
  }
  const denied = ids.filter((id) => !canTouch(access, (rows.get(id) as EntryRow).user_id));
  if (denied.length > 0) {
    throw forbidden(
      `time entries ${denied.join(', ')} belong to someone else; changing them needs manage_time_entries`,
      {
        ids: denied,
      },
    );
  }
  return rows;
}

/**
 * Whose entries are being created: the caller by default; someone else only with manage_time_entries,
 * and only a member of the workspace.
 */
export function requireOwners(
  db: Db,
  access: WorkspaceAccess,
  userIds: readonly (number | undefined)[],
): void {
  const others = [...new Set(userIds.filter((u): u is number => u !== undefined && u !== access.userId))];
  if (others.length === 0) return;
  if (!access.canManage) {
    throw forbidden('creating entries for someone else (user_id) needs the manage_time_entries permission', {
      user_id: others,
    });
  }
  const strangers = others.filter((u) => !isWorkspaceMember(db, u, access.workspaceId));
  if (strangers.length > 0) {
    throw validationError(
      `user_id ${strangers.join(', ')} is not a member of workspace ${access.workspaceId}`,
      {
        user_id: strangers,
      },
    );
  }
}
