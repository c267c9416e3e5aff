import { bulkCreateBody, bulkPatchBody, idsQuery } from '../../contract/index.ts';
import { NO_CONTENT, type ApiContext, type Reply } from '../http/context.ts';
import { parseWith, queryObject } from '../http/validate.ts';
import { patched, toMs } from './fields.ts';
import { requireBodyTasks, requireEntries, requireOwners, workspaceScope } from './guards.ts';
import type { EntryRow } from './store.ts';
import { insertEntries, setDeleted, updateEntry } from './store-writes.ts';

export function bulkCreateEntries(ctx: ApiContext): Reply {
  const access = workspaceScope(ctx);
  const items = parseWith(bulkCreateBody, ctx.body, 'body');
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
  return NO_CONTENT;
}

export function bulkPatchEntries(ctx: ApiContext): Reply {
  const access = workspaceScope(ctx);
  const items = parseWith(bulkPatchBody, ctx.body, 'body');
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
  return NO_CONTENT;
}

function parseIds(ctx: ApiContext): number[] {
  return [...new Set(parseWith(idsQuery, queryObject(ctx.search), 'query').ids)];
}

export function bulkDeleteEntries(ctx: ApiContext): Reply {
  const access = workspaceScope(ctx);
  const ids = parseIds(ctx);
  requireEntries(ctx.db, access, ids);
  for (const id of ids) setDeleted(ctx.db, id, true, ctx.now);
  return NO_CONTENT;
}

export function bulkRestoreEntries(ctx: ApiContext): Reply {
  const access = workspaceScope(ctx);
  const ids = parseIds(ctx);
  const rows = requireEntries(ctx.db, access, ids, { allowDeleted: true });
  for (const id of ids) if (rows.get(id)?.deleted_at !== null) setDeleted(ctx.db, id, false, ctx.now);
  return NO_CONTENT;
}
