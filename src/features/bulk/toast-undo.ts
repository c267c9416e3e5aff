import { toast } from '../../components/toast.ts';
import { describeFailure } from '../../api/index.ts';
import { type EntryOperations } from '../../api/writes.ts';
import { countEntries } from '../../lib/counts.ts';

/**
 * A success toast whose Undo reverses the recorded operation. The record is read from the history at
 * click time, so Undo works after the bar has gone and stays in step with History's own Undo.
 */
export function toastWithUndo(
  ops: EntryOperations,
  historyId: string | null,
  message: string,
  undoneVerb: string,
) {
  toast.success(message, {
    action: historyId
      ? {
          label: 'Undo',
          onClick: () => void undoFromToast(ops, historyId, undoneVerb),
        }
      : undefined,
  });
}

async function undoFromToast(ops: EntryOperations, historyId: string, undoneVerb: string) {
  const id = toast.loading('Undoing…');
  const result = await ops.undo(historyId);
  if (!result) {
    // Undone already (from History, say): nothing left to do.
    toast.dismiss(id);
    return;
  }
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
