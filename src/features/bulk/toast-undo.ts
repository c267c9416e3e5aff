import { toast } from 'sonner';
import { listHistory } from '../../lib/bulk-history.ts';
import { countEntries, describeFailure, undoRecord, type OperationDeps } from '../../lib/entry-operations.ts';

/**
 * A success toast whose Undo reverses the recorded operation. It reads the record from the history at
 * click time, so it works after the bar has gone and stays in step with History's own Undo.
 */
export function toastWithUndo(
  deps: OperationDeps,
  historyId: string | null,
  message: string,
  undoneVerb: string,
) {
  toast.success(message, {
    action: historyId
      ? {
          label: 'Undo',
          onClick: () => void undoFromToast(deps, historyId, undoneVerb),
        }
      : undefined,
  });
}

async function undoFromToast(deps: OperationDeps, historyId: string, undoneVerb: string) {
  const record = listHistory(deps.identity).find((r) => r.id === historyId);
  if (!record || record.undoneAt) return;
  const id = toast.loading('Undoing…');
  const result = await undoRecord(deps, record);
  if (result.failures.length === 0) {
    toast.success(`${undoneVerb} ${countEntries(result.done)}`, { id });
  } else {
    const failed = result.failures.reduce((n, f) => n + f.ids.length, 0);
    toast.error(
      `Undo left ${countEntries(failed)} as they were: ${describeFailure(result.failures[0]?.error)}`,
      {
        id,
        description: 'See History to try again.',
      },
    );
  }
}
