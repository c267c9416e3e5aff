import { useState } from 'react';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { useEntryOperations } from '../../api/writes.ts';
import type { PlannedChange } from '../../lib/bulk-plan.ts';
import { countEntries } from '../../lib/counts.ts';
import type { Failure } from './failure-list.tsx';
import { chunkFailures } from './failures.ts';
import { toastWithUndo } from './toast-undo.ts';

type Plan = readonly PlannedChange<TimeEntryWithTask>[];

/**
 * Applies a previewed plan through the one write road (bulk PATCH, split at the API's limit, recorded in
 * History), offers Undo in a toast, and keeps exactly which entries failed and why.
 */
export function useApplyPlan() {
  const ops = useEntryOperations();
  const [busy, setBusy] = useState(false);
  const [failures, setFailures] = useState<Failure[]>([]);

  /** Returns the plan's entries that changed, and the part of the plan still to do (empty when all went). */
  async function apply(plan: Plan, summary: string): Promise<{ applied: Plan; left: Plan }> {
    setBusy(true);
    const result = await ops.patchEntries(plan, summary);
    setBusy(false);
    const done = new Set(result.done.map((p) => p.id));
    if (result.done.length > 0) {
      toastWithUndo(ops, result.historyId, `${summary} on ${countEntries(result.done.length)}`, 'Put back');
    }
    const byId = new Map(plan.map((p) => [p.entry.id, p.entry] as const));
    setFailures(chunkFailures(result.failed, (p) => byId.get(p.id)));
    return {
      applied: plan.filter((p) => p.patch && done.has(p.entry.id)),
      left: result.failed.length ? plan.filter((p) => !done.has(p.entry.id)) : [],
    };
  }

  return { busy, failures, apply, clearFailures: () => setFailures([]) };
}
