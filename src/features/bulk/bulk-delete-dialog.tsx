import { useState, type ReactNode } from 'react';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { usePeople } from '../../api/index.ts';
import { useEntryOperations } from '../../api/writes.ts';
import { Dialog } from '../../components/dialog.tsx';
import { countEntries } from '../../lib/counts.ts';
import { FailureList, type Failure } from './failure-list.tsx';
import { chunkFailures } from './failures.ts';
import { toastWithUndo } from './toast-undo.ts';

interface Props {
  rows: readonly TimeEntryWithTask[];
  onClose: () => void;
  /** The entries that are gone now (leave the selection). */
  onDeleted: (rows: TimeEntryWithTask[]) => void;
  /** Names the deletion when it is more than "these entries" (`Delete 3 duplicates?`). */
  title?: string;
  /** A preview of what goes and what stays, shown before anything is sent. */
  details?: ReactNode;
}

/** Names the count, sends one bulk delete (split past 1,000), then offers Undo. */
export function BulkDeleteDialog({ rows, onClose, onDeleted, title, details }: Props) {
  const ops = useEntryOperations();
  const people = usePeople();
  const [busy, setBusy] = useState(false);
  const [failures, setFailures] = useState<Failure[]>([]);
  const [pending, setPending] = useState(rows);

  async function confirm() {
    setBusy(true);
    const result = await ops.deleteEntries(pending);
    setBusy(false);
    const byId = new Map(pending.map((r) => [r.id, r] as const));
    onDeleted(result.done);
    if (result.done.length > 0) {
      toastWithUndo(ops, result.historyId, `Deleted ${countEntries(result.done.length)}`, 'Restored');
    }
    if (result.failed.length === 0) {
      onClose();
      return;
    }
    setFailures(chunkFailures(result.failed, (r) => byId.get(r.id)));
    setPending(result.failed.flatMap((f) => f.items));
  }

  const n = pending.length;
  return (
    <Dialog
      title={failures.length ? 'Some entries were not deleted' : (title ?? `Delete ${countEntries(n)}?`)}
      onClose={onClose}
      wide={failures.length > 0 || details !== undefined}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {failures.length ? 'Close' : 'Cancel'}
          </button>
          <button type="button" className="button danger" onClick={confirm} disabled={busy}>
            {busy ? 'Deleting…' : failures.length ? `Try again (${n})` : `Delete ${countEntries(n)}`}
          </button>
        </>
      }
    >
      {failures.length === 0 ? (
        <>
          <p className="bulk-lead">
            The {countEntries(n)} {n === 1 ? 'leaves' : 'leave'} every list. <strong>Undo</strong> brings them
            back right after; later, use <strong>History</strong> or <strong>Recently deleted</strong>.
          </p>
          {details}
        </>
      ) : (
        <>
          <p role="alert" className="form-error">
            {countEntries(n)} could not be deleted, for these reasons:
          </p>
          <FailureList failures={failures} personName={people.name} />
        </>
      )}
    </Dialog>
  );
}
