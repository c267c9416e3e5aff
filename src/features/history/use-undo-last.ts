import { toast } from '../../components/toast.ts';
import { describeFailure, useHistory } from '../../api/index.ts';
import { canUndo, useEntryOperations } from '../../api/writes.ts';
import { countEntries } from '../../lib/counts.ts';

/**
 * Undoes the newest change in History that is not undone yet (Control/⌘+Z), long after its toast has
 * gone; pressed again, the one before. A duplicate cannot be undone, and says so.
 */
export function useUndoLast() {
  const ops = useEntryOperations();
  const records = useHistory();
  return async function undoLast() {
    const record = records.find((r) => !r.undoneAt);
    if (!record) {
      toast.info('Nothing to undo: History has no change left to reverse.');
      return;
    }
    if (!canUndo(record)) {
      toast.info(`“${record.summary}” cannot be undone here; see History.`);
      return;
    }
    const id = toast.loading(`Undoing: ${record.summary}…`);
    const result = await ops.undo(record.id);
    if (!result) {
      toast.dismiss(id);
      return;
    }
    if (result.failures.length === 0) {
      toast.success(`Undone: ${record.summary}`, { id });
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
  };
}
