import { BULK_LIMIT } from '../../../contract/index.ts';
import { undoPatches } from '../../lib/bulk-plan.ts';
import { markUndone, type HistoryRecord } from './bulk-history.ts';
import { restoreEntries, sendPatches } from './bulk-operations.ts';
import { recordDeleted } from './deleted-log.ts';
import { runPerEntry } from './entry-runs.ts';
import type { OperationDeps } from './operation-deps.ts';
import { sendInChunks } from './run-pool.ts';

export interface UndoResult {
  /** Entries put back as they were. */
  done: number;
  /** Each refused request: the entries it carried and why. */
  failures: { ids: number[]; error: unknown }[];
}

export const canUndo = (r: HistoryRecord) => !r.undoneAt && r.kind !== 'duplicate' && r.items.length > 0;

/** Reverses a recorded operation: patches the old values back, restores, deletes again, unarchives, … */
export async function undoRecord(deps: OperationDeps, record: HistoryRecord): Promise<UndoResult> {
  const ids = record.items.map((i) => i.id);
  let done = 0;
  const failures: UndoResult['failures'] = [];
  if (record.kind === 'patch') {
    const report = await sendPatches(
      deps,
      undoPatches(record.items.map((i) => ({ id: i.id, before: i.before ?? {} }))),
    );
    done = report.done.length;
    failures.push(...report.failed.map((f) => ({ ids: f.items.map((i) => i.id), error: f.error })));
  } else if (record.kind === 'delete') {
    const report = await restoreEntries(deps, ids, { record: false });
    done = report.done.length;
    failures.push(...report.failed.map((f) => ({ ids: f.items, error: f.error })));
  } else if (record.kind === 'restore') {
    const report = await sendInChunks(ids, (c) => deps.bulkDelete(c), { size: BULK_LIMIT });
    done = report.done.length;
    failures.push(...report.failed.map((f) => ({ ids: f.items, error: f.error })));
    const deleted = new Set(report.done);
    recordDeleted(
      deps.identity,
      record.items.flatMap((i) => (i.snapshot && deleted.has(i.id) ? [i.snapshot] : [])),
    );
  } else if (record.kind === 'archive' || record.kind === 'unarchive') {
    const reverse = record.kind === 'archive' ? 'unarchive' : 'archive';
    const results = await runPerEntry(deps, reverse, record.items);
    done = results.filter((r) => r.ok).length;
    failures.push(...results.flatMap((r) => (r.ok ? [] : [{ ids: [r.item.id], error: r.error }])));
  }
  if (done > 0 && failures.length === 0) markUndone(deps.identity, record.id);
  return { done, failures };
}
