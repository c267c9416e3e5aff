import {
  BULK_LIMIT,
  paths,
  type BulkCreateBody,
  type TimeEntryWithTask,
  type WorkspaceRef,
} from '../../contract/index.ts';
import {
  addHistory,
  markUndone,
  updateHistory,
  type HistoryItem,
  type HistoryRecord,
} from './bulk-history.ts';
import { beforeValues, undoPatches, type PatchItem, type PlannedChange } from './bulk-plan.ts';
import { forgetRestored, listDeleted, recordDeleted } from './deleted-log.ts';
import { runPool, sendInChunks, type ChunkReport, type PoolProgress, type PoolResult } from './run-pool.ts';

/**
 * The bulk operations, shared by the bulk bar, Recently deleted and History: each sends its requests
 * (split at the API's limit, or per entry through a small pool), keeps the local history and deleted
 * log in step, and refreshes the lists once. Requests go through the app's API client, passed in.
 */
export interface OperationDeps {
  request: (
    method: string,
    path: string,
    options?: { query?: Record<string, readonly number[]>; body?: unknown },
  ) => Promise<unknown>;
  workspace: WorkspaceRef;
  /** Person and workspace, as identityOf() gives it: history and deleted log are kept per identity. */
  identity: string;
  /** Refetches what may show changed entries; called once per operation. */
  refresh: () => void;
}

export type EntryRef = Pick<TimeEntryWithTask, 'id' | 'task_id'>;
const refOf = (e: EntryRef): HistoryItem => ({ id: e.id, task_id: e.task_id ?? null });
const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
export const countEntries = (n: number) => plural(n, 'entry', 'entries');

export interface OperationResult<T> extends ChunkReport<T> {
  historyId: string | null;
}

/** Human words for why something failed: the API's own message when it gave one. */
export function describeFailure(error: unknown): string {
  if (error && typeof error === 'object' && 'description' in error && typeof error.description === 'string') {
    return error.description;
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/** Ids the API named as the cause of a refusal (`error_values.ids`). */
export function namedIds(error: unknown): number[] {
  const ids = (error as { ids?: unknown } | null)?.ids;
  return Array.isArray(ids) ? ids.filter((v): v is number => typeof v === 'number') : [];
}

const chunkSize = { size: BULK_LIMIT };

export async function deleteEntries(deps: OperationDeps, rows: readonly TimeEntryWithTask[]) {
  const report = await sendInChunks(
    rows,
    (c) => deps.request('DELETE', paths.bulk(deps.workspace), { query: { ids: c.map((r) => r.id) } }),
    chunkSize,
  );
  recordDeleted(deps.identity, report.done);
  const historyId = addHistory(deps.identity, {
    kind: 'delete',
    summary: `Deleted ${countEntries(report.done.length)}`,
    items: report.done.map(refOf),
    failed: rows.length - report.done.length,
  });
  deps.refresh();
  return { ...report, historyId };
}

export async function restoreEntries(
  deps: OperationDeps,
  ids: readonly number[],
  options: { record?: boolean } = {},
): Promise<OperationResult<number>> {
  const report = await sendInChunks(
    [...new Set(ids)],
    (c) => deps.request('PATCH', paths.bulkRestore(deps.workspace), { query: { ids: c } }),
    chunkSize,
  );
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
            return snapshot ? { ...refOf(snapshot), snapshot } : { id, task_id: null };
          }),
          failed: ids.length - report.done.length,
        });
  deps.refresh();
  return { ...report, historyId };
}

export async function patchEntries(deps: OperationDeps, plan: readonly PlannedChange[], summary: string) {
  const before = new Map(beforeValues(plan).map((b) => [b.id, b.before] as const));
  const byId = new Map(plan.map((p) => [p.entry.id, p.entry] as const));
  const patches = plan.flatMap((p) => (p.patch ? [p.patch] : []));
  const report = await sendPatches(deps, patches);
  const historyId = addHistory(deps.identity, {
    kind: 'patch',
    summary,
    items: report.done.map((p) => ({
      ...refOf(byId.get(p.id) ?? { id: p.id, task_id: null }),
      before: before.get(p.id) ?? {},
    })),
    failed: patches.length - report.done.length,
  });
  deps.refresh();
  return { ...report, historyId };
}

function sendPatches(deps: OperationDeps, patches: readonly PatchItem[]) {
  return sendInChunks(
    patches,
    (c) => deps.request('PATCH', paths.bulk(deps.workspace), { body: c }),
    chunkSize,
  );
}

export async function createEntries(deps: OperationDeps, items: BulkCreateBody, summary: string) {
  const report = await sendInChunks(
    items,
    (c) => deps.request('POST', paths.bulk(deps.workspace), { body: c }),
    chunkSize,
  );
  // Bulk create answers 204 without ids, so the copies cannot be named or undone from here.
  const historyId = addHistory(deps.identity, {
    kind: 'duplicate',
    summary,
    items: report.done.map((i) => ({ id: 0, task_id: i.task_id })),
    failed: items.length - report.done.length,
  });
  deps.refresh();
  return { ...report, historyId };
}

export type PerEntryKind = 'archive' | 'unarchive';

/** Archive or unarchive one by one (the API has no bulk form), at most `concurrency` at a time. */
export async function runPerEntry<E extends EntryRef>(
  deps: OperationDeps,
  kind: PerEntryKind,
  rows: readonly E[],
  options: { concurrency?: number; signal?: AbortSignal; onProgress?: (p: PoolProgress) => void } = {},
): Promise<PoolResult<E, unknown>[]> {
  const results = await runPool(
    rows,
    async (row) => {
      if (!row.task_id) throw new Error('It has no task, and the API finds entries by their task.');
      const path = kind === 'archive' ? paths.archive : paths.unarchive;
      return deps.request('POST', path(deps.workspace, row.task_id, row.id));
    },
    {
      concurrency: options.concurrency ?? 4,
      signal: options.signal,
      onProgress: (p) => options.onProgress?.(p),
    },
  );
  deps.refresh();
  return results;
}

/** Adds a per-entry run to the history, or (for a retry) adds what now succeeded to its record. */
export function recordRun(
  deps: OperationDeps,
  kind: PerEntryKind,
  results: readonly PoolResult<EntryRef, unknown>[],
  existing: string | null,
): string | null {
  const done = results.filter((r) => r.ok).map((r) => refOf(r.item));
  const failed = results.length - done.length;
  if (existing) {
    updateHistory(deps.identity, existing, (r) => ({
      ...r,
      items: [...r.items, ...done],
      failed,
      summary: `${kind === 'archive' ? 'Archived' : 'Unarchived'} ${countEntries(r.items.length + done.length)}`,
    }));
    return existing;
  }
  return addHistory(deps.identity, {
    kind,
    summary: `${kind === 'archive' ? 'Archived' : 'Unarchived'} ${countEntries(done.length)}`,
    items: done,
    failed,
  });
}

export const canUndo = (r: HistoryRecord) => !r.undoneAt && r.kind !== 'duplicate' && r.items.length > 0;

/** Reverses a recorded operation: patches the old values back, restores, unarchives, … */
export async function undoRecord(
  deps: OperationDeps,
  record: HistoryRecord,
): Promise<{ done: number; failures: { ids: number[]; error: unknown }[] }> {
  let done = 0;
  const failures: { ids: number[]; error: unknown }[] = [];
  if (record.kind === 'patch') {
    const report = await sendPatches(
      deps,
      undoPatches(record.items.map((i) => ({ id: i.id, before: i.before ?? {} }))),
    );
    done = report.done.length;
    failures.push(...report.failed.map((f) => ({ ids: f.items.map((i) => i.id), error: f.error })));
    deps.refresh();
  } else if (record.kind === 'delete') {
    const report = await restoreEntries(
      deps,
      record.items.map((i) => i.id),
      { record: false },
    );
    done = report.done.length;
    failures.push(...report.failed.map((f) => ({ ids: f.items, error: f.error })));
  } else if (record.kind === 'restore') {
    const report = await sendInChunks(
      record.items.map((i) => i.id),
      (c) => deps.request('DELETE', paths.bulk(deps.workspace), { query: { ids: c } }),
      chunkSize,
    );
    done = report.done.length;
    failures.push(...report.failed.map((f) => ({ ids: f.items, error: f.error })));
    const deleted = new Set(report.done);
    recordDeleted(
      deps.identity,
      record.items.flatMap((i) => (i.snapshot && deleted.has(i.id) ? [i.snapshot] : [])),
    );
    deps.refresh();
  } else if (record.kind === 'archive' || record.kind === 'unarchive') {
    const reverse = record.kind === 'archive' ? 'unarchive' : 'archive';
    const results = await runPerEntry(
      deps,
      reverse,
      record.items.map((i) => ({ id: i.id, task_id: i.task_id })),
    );
    done = results.filter((r) => r.ok).length;
    failures.push(...results.flatMap((r) => (r.ok ? [] : [{ ids: [r.item.id], error: r.error }])));
  }
  if (done > 0 && failures.length === 0) markUndone(deps.identity, record.id);
  return { done, failures };
}
