import type { TimeEntry } from '../../../contract/index.ts';
import { countEntries } from '../../lib/counts.ts';
import { refOf } from '../entries/entry-ref.ts';
import { addHistory, updateHistory } from './bulk-history.ts';
import { historyItemOf } from './bulk-operations.ts';
import type { OperationDeps, PerEntryKind } from './operation-deps.ts';
import { runPool, type PoolProgress, type PoolResult } from './run-pool.ts';

type Addressable = Pick<TimeEntry, 'id' | 'task_id'>;

export interface RunOptions {
  concurrency?: number;
  /** Stops starting new requests; the entries not started end as failed. */
  signal?: AbortSignal;
  onProgress?: (progress: PoolProgress) => void;
}

/**
 * Archive or unarchive one by one (the API has no bulk form), at most `concurrency` at a time. Every
 * entry gets a result; the cache is settled once at the end rather than after each of hundreds.
 */
export async function runPerEntry<E extends Addressable>(
  deps: OperationDeps,
  kind: PerEntryKind,
  rows: readonly E[],
  options: RunOptions = {},
): Promise<PoolResult<E, unknown>[]> {
  const results = await runPool(rows, async (row) => deps.sendPerEntry(kind, refOf(row)), {
    concurrency: options.concurrency ?? 4,
    signal: options.signal,
    onProgress: (p) => options.onProgress?.(p),
  });
  deps.settleRun(results.flatMap((r) => (r.ok ? [r.item.id] : [])));
  return results;
}

/** Adds a per-entry run to the history, or (for a retry) adds what now succeeded to its record. */
export function recordRun(
  deps: OperationDeps,
  kind: PerEntryKind,
  results: readonly PoolResult<Addressable, unknown>[],
  existing: string | null,
): string | null {
  const done = results.filter((r) => r.ok).map((r) => historyItemOf(r.item));
  const failed = results.length - done.length;
  const verb = kind === 'archive' ? 'Archived' : 'Unarchived';
  if (existing) {
    updateHistory(deps.identity, existing, (r) => ({
      ...r,
      items: [...r.items, ...done],
      failed,
      summary: `${verb} ${countEntries(r.items.length + done.length)}`,
    }));
    return existing;
  }
  return addHistory(deps.identity, {
    kind,
    summary: `${verb} ${countEntries(done.length)}`,
    items: done,
    failed,
  });
}
