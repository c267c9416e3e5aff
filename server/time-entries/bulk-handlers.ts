import type { RouteInput } from '../../contract/index.ts';
import type { ApiContext } from '../http/context.ts';
import type { EntryRow } from './columns.ts';
import { patched, toMs } from './fields.ts';
import { requireBodyTasks, requireEntries, requireOwners, workspaceScope } from './guards.ts';
import { insertEntries, setDeleted, updateEntry } from './store-writes.ts';

export function bulkCreateEntries(
  ctx: ApiContext,
  { params, body: items }: RouteInput<'bulkCreateEntries'>,
): void {
  const access = workspaceScope(ctx, params);
  requireBodyTasks(
    ctx.db,
    access,
    items.flatMap((i) => (i.task_id === undefined ? [] : [i.task_id])),
  );
  requireOwners(
    ctx.db,
    access,
    items.map((i) => i.user_id),
  );
  insertEntries(
    ctx.db,
    items.map((i) => ({
      workspace_id: access.workspaceId,
      user_id: i.user_id ?? access.userId,
      task_id: i.task_id ?? null,
      type: i.type,
      start_ms: toMs(i.start),
      duration: i.duration ?? null,
      time_block_id: i.time_block_id ?? null,
      created_at: ctx.now,
      updated_at: ctx.now,
      archived_at: null,
      deleted_at: null,
    })),
  );
}

export function bulkPatchEntries(
  ctx: ApiContext,
  { params, body: items }: RouteInput<'bulkPatchEntries'>,
): void {
  const access = workspaceScope(ctx, params);
  const rows = requireEntries(
    ctx.db,
    access,
    items.map((i) => i.id),
  );
  requireBodyTasks(
    ctx.db,
    access,
    items.flatMap((i) => (i.task_id === undefined ? [] : [i.task_id])),
  );
  for (const item of items) {
    const row = rows.get(item.id) as EntryRow;
    updateEntry(ctx.db, row, patched(row, item), ctx.now);
  }
}

export function bulkDeleteEntries(ctx: ApiContext, { params, query }: RouteInput<'bulkDeleteEntries'>): void {
  const access = workspaceScope(ctx, params);
  const ids = [...new Set(query.ids)];
  requireEntries(ctx.db, access, ids);
  for (const id of ids) setDeleted(ctx.db, id, true, ctx.now);
}

export function bulkRestoreEntries(
  ctx: ApiContext,
  { params, query }: RouteInput<'bulkRestoreEntries'>,
): void {
  const access = workspaceScope(ctx, params);
  const ids = [...new Set(query.ids)];
  const rows = requireEntries(ctx.db, access, ids, { allowDeleted: true });
  for (const id of ids) if (rows.get(id)?.deleted_at !== null) setDeleted(ctx.db, id, false, ctx.now);
}
