import { BULK_LIMIT, type BulkCreateBody, type TimeEntryWithTask } from '../../../contract/index.ts';
import { countEntries } from '../../lib/counts.ts';
import { beforeValues, type PatchItem, type PlannedChange } from '../../lib/bulk-plan.ts';
import { addHistory, type HistoryItem } from './bulk-history.ts';
import { forgetRestored, listDeleted, recordDeleted } from './deleted-log.ts';
import type { OperationDeps } from './operation-deps.ts';
import { sendInChunks, type ChunkReport } from './run-pool.ts';

/**
 * The bulk operations behind the bulk bar, Recently deleted and History: each sends its items in requests
 * of at most the API's limit, one after another, and keeps the local history and deleted log in step.
 * None of them throws for a refusal: the result says which items went through and why the others did not.
 */
export interface OperationResult<T> extends ChunkReport<T> {
  /** The history record it left, for Undo (null when nothing changed). */
  historyId: string | null;
}

const chunkSize = { size: BULK_LIMIT };
export const historyItemOf = (e: Pick<TimeEntryWithTask, 'id' | 'task_id'>): HistoryItem => ({
  id: e.id,
  task_id: e.task_id ?? null,
});

export async function deleteEntries(
  deps: OperationDeps,
  rows: readonly TimeEntryWithTask[],
): Promise<OperationResult<TimeEntryWithTask>> {
  const report = await sendInChunks(rows, (c) => deps.bulkDelete(c.map((r) => r.id)), chunkSize);
  recordDeleted(deps.identity, report.done);
  const historyId = addHistory(deps.identity, {
    kind: 'delete',
    summary: `Deleted ${countEntries(report.done.length)}`,
    items: report.done.map(historyItemOf),
    failed: rows.length - report.done.length,
  });
  return { ...report, historyId };
}

export async function restoreEntries(
  deps: OperationDeps,
  ids: readonly number[],
  options: { record?: boolean } = {},
): Promise<OperationResult<number>> {
  const report = await sendInChunks([...new Set(ids)], (c) => deps.bulkRestore(c), chunkSize);
  // Kept with the record so undoing the restore can list the entries under Recently deleted again.
  const snapshots = new Map(listDeleted(deps.identity).map((r) => [r.entry.id, r.entry] as const));
  forgetRestored(deps.identity, report.done);
  const historyId =
    options.record === false
      ? null
      : addHistory(deps.identity, {
          kind: 'restore',
          summary: `Restored ${countEntries(report.done.length)}`,
          items: report.done.map((id) => {
            const snapshot = snapshots.get(id);
            return snapshot ? { ...historyItemOf(snapshot), snapshot } : { id, task_id: null };
          }),
          failed: ids.length - report.done.length,
        });
  return { ...report, historyId };
}

export function sendPatches(deps: OperationDeps, patches: readonly PatchItem[]) {
  return sendInChunks(patches, (c) => deps.bulkPatch(c), chunkSize);
}

export async function patchEntries(
  deps: OperationDeps,
  plan: readonly PlannedChange[],
  summary: string,
): Promise<OperationResult<PatchItem>> {
  const before = new Map(beforeValues(plan).map((b) => [b.id, b.before] as const));
  const byId = new Map(plan.map((p) => [p.entry.id, p.entry] as const));
  const patches = plan.flatMap((p) => (p.patch ? [p.patch] : []));
  const report = await sendPatches(deps, patches);
  const historyId = addHistory(deps.identity, {
    kind: 'patch',
    summary,
    items: report.done.map((p) => ({
      ...historyItemOf(byId.get(p.id) ?? { id: p.id, task_id: null }),
      before: before.get(p.id) ?? {},
    })),
    failed: patches.length - report.done.length,
  });
  return { ...report, historyId };
}

export async function createEntries(
  deps: OperationDeps,
  items: BulkCreateBody,
  summary: string,
): Promise<OperationResult<BulkCreateBody[number]>> {
  const report = await sendInChunks(items, (c) => deps.bulkCreate(c), chunkSize);
  // Bulk create answers 204 without ids, so the copies cannot be named or undone from here.
  const historyId = addHistory(deps.identity, {
    kind: 'duplicate',
    summary,
    items: report.done.map((i) => ({ id: 0, task_id: i.task_id ?? null })),
    failed: items.length - report.done.length,
  });
  return { ...report, historyId };
}
