import { useState } from 'react';
import { toast } from '../../components/toast.ts';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { describeFailure, refOf } from '../../api/index.ts';
import { useArchiveEntry, useEntryOperations, useUnarchiveEntry } from '../../api/writes.ts';

/** Long enough to notice the mistake and reach the button. */
const UNDO_MS = 15_000;

/** Archive, unarchive and delete (with Undo) for one entry, shared by the row menu and the form. */
export function useEntryActions() {
  const archive = useArchiveEntry();
  const unarchive = useUnarchiveEntry();
  const ops = useEntryOperations();
  const [deleting, setDeleting] = useState(false);

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
      toast.error(`Could not archive the entry: ${describeFailure(error)}`, { id });
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
      toast.error(`Could not unarchive the entry: ${describeFailure(error)}`, { id });
      return false;
    }
  }

  async function restoreEntry(entry: TimeEntryWithTask) {
    const id = toast.loading('Restoring the entry…');
    try {
      await ops.restoreEntry(entry);
      toast.success('Entry restored', { id });
    } catch (error) {
      toast.error(`Could not restore the entry: ${describeFailure(error)}`, {
        id,
        action: { label: 'Try again', onClick: () => void restoreEntry(entry) },
      });
    }
  }

  async function deleteEntry(entry: TimeEntryWithTask): Promise<boolean> {
    const id = toast.loading('Deleting the entry…');
    setDeleting(true);
    try {
      await ops.deleteEntry(entry);
      toast.success('Entry deleted', {
        id,
        duration: UNDO_MS,
        description: 'Find it in Recently deleted, or undo now.',
        action: { label: 'Undo', onClick: () => void restoreEntry(entry) },
      });
      return true;
    } catch (error) {
      toast.error(`Could not delete the entry: ${describeFailure(error)}`, { id });
      return false;
    } finally {
      setDeleting(false);
    }
  }

  const busy = archive.isPending || unarchive.isPending || deleting;
  return { archiveEntry, unarchiveEntry, deleteEntry, busy };
}
