import { toast } from 'sonner';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import {
  ApiError,
  identityOf,
  useArchiveEntry,
  useDeleteEntry,
  useRestoreEntry,
  useSessionState,
  useUnarchiveEntry,
} from '../../api/index.ts';
import { forgetRestored, recordDeleted } from '../../lib/deleted-log.ts';

/** Long enough to notice the mistake and reach the button. */
const UNDO_MS = 15_000;

const reason = (error: unknown) =>
  error instanceof ApiError ? error.description : error instanceof Error ? error.message : String(error);

/** Archive, unarchive and delete (with Undo) for one entry, shared by the row menu and the form. */
export function useEntryActions() {
  const { session, expired } = useSessionState();
  const identity = session ? identityOf(session) : (expired?.identity ?? null);
  const archive = useArchiveEntry();
  const unarchive = useUnarchiveEntry();
  const remove = useDeleteEntry();
  const restore = useRestoreEntry();

  const refOf = (entry: TimeEntryWithTask) => ({ id: entry.id, task_id: entry.task_id ?? 0 });

  // The hooks resolve once every list has refetched; the loading toast says at once that it is under way.
  async function archiveEntry(entry: TimeEntryWithTask): Promise<boolean> {
    const id = toast.loading('Archiving the entry…');
    try {
      await archive.mutateAsync({ entry: refOf(entry) });
      toast.success('Entry archived', {
        id,
        duration: UNDO_MS,
        action: { label: 'Undo', onClick: () => void unarchiveEntry(entry, true) },
      });
      return true;
    } catch (error) {
      toast.error(`Could not archive the entry: ${reason(error)}`, { id });
      return false;
    }
  }

  async function unarchiveEntry(entry: TimeEntryWithTask, undo = false): Promise<boolean> {
    const id = toast.loading(undo ? 'Undoing the archive…' : 'Unarchiving the entry…');
    try {
      await unarchive.mutateAsync({ entry: refOf(entry) });
      toast.success(undo ? 'Archive undone' : 'Entry unarchived', { id });
      return true;
    } catch (error) {
      toast.error(`Could not unarchive the entry: ${reason(error)}`, { id });
      return false;
    }
  }

  async function restoreEntry(entry: TimeEntryWithTask) {
    const id = toast.loading('Restoring the entry…');
    try {
      await restore.mutateAsync({ entry: refOf(entry) });
      if (identity) forgetRestored(identity, [entry.id]);
      toast.success('Entry restored', { id });
    } catch (error) {
      toast.error(`Could not restore the entry: ${reason(error)}`, {
        id,
        action: { label: 'Try again', onClick: () => void restoreEntry(entry) },
      });
    }
  }

  async function deleteEntry(entry: TimeEntryWithTask): Promise<boolean> {
    const id = toast.loading('Deleting the entry…');
    // Recorded before the answer so "Recently deleted" never misses it, and taken back if the delete fails.
    if (identity) recordDeleted(identity, [entry], new Date());
    try {
      await remove.mutateAsync({ entry: refOf(entry) });
      toast.success('Entry deleted', {
        id,
        duration: UNDO_MS,
        description: 'Find it in Recently deleted, or undo now.',
        action: { label: 'Undo', onClick: () => void restoreEntry(entry) },
      });
      return true;
    } catch (error) {
      if (identity) forgetRestored(identity, [entry.id]);
      toast.error(`Could not delete the entry: ${reason(error)}`, { id });
      return false;
    }
  }

  const busy = archive.isPending || unarchive.isPending || remove.isPending;
  return { archiveEntry, unarchiveEntry, deleteEntry, busy };
}
