import { useState } from 'react';
import { toast } from '../../components/toast.ts';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { useSelection } from '../../components/selection.ts';
import { describeFailure, namedIds, usePeople, useDeletedLog } from '../../api/index.ts';
import { useEntryOperations } from '../../api/writes.ts';
import { countEntries } from '../../lib/counts.ts';
import { DeletedTable } from './deleted-table.tsx';
import { RestoreByIdForm } from './restore-by-id-form.tsx';
import './trash.css';

interface Problem {
  message: string;
  ids: number[];
  named: number[];
}

/** What this browser deleted for this person and workspace, with Restore per row, for a selection, and by id. */
export function RecentlyDeletedScreen() {
  const ops = useEntryOperations();
  const people = usePeople();
  const records = useDeletedLog();
  const selection = useSelection<TimeEntryWithTask>();
  const [busy, setBusy] = useState<ReadonlySet<number>>(new Set());
  const [problem, setProblem] = useState<Problem | null>(null);

  async function restore(ids: number[]): Promise<boolean> {
    setProblem(null);
    setBusy(new Set(ids));
    const result = await ops.restoreEntries(ids);
    setBusy(new Set());
    selection.set(
      records.filter((r) => result.done.includes(r.entry.id)).map((r) => r.entry),
      false,
    );
    if (result.done.length > 0) {
      const historyId = result.historyId;
      toast.success(`Restored ${countEntries(result.done.length)}`, {
        action: historyId ? { label: 'Undo', onClick: () => void undo(historyId) } : undefined,
      });
    }
    const failed = result.failed[0];
    if (failed) {
      setProblem({
        message: describeFailure(failed.error),
        ids: result.failed.flatMap((f) => f.items),
        named: namedIds(failed.error),
      });
    }
    return result.failed.length === 0;
  }

  async function undo(historyId: string) {
    const result = await ops.undo(historyId);
    if (!result) return;
    if (result.failures.length === 0) toast.success(`Deleted ${countEntries(result.done)} again`);
    else toast.error(describeFailure(result.failures[0]?.error));
  }

  return (
    <div className="trash-screen">
      <header className="page-header">
        <div>
          <h1>Recently deleted</h1>
          <p className="muted trash-sub">
            Focus does not list deleted entries, so this lists what was deleted in this browser, for you in
            this workspace.
          </p>
        </div>
      </header>
      <RestoreByIdForm onRestore={restore} />
      {problem && (
        <div role="alert" className="form-error trash-problem">
          <strong>
            {countEntries(problem.ids.length)} not restored ({problem.ids.map((id) => `#${id}`).join(', ')}).
          </strong>{' '}
          Reason: {problem.message}
        </div>
      )}
      {selection.count > 0 && (
        <section className="trash-bar" aria-label="Selected deleted entries">
          <strong className="num">{selection.count} selected</strong>
          <button type="button" className="button ghost small" onClick={selection.clear}>
            Clear selection
          </button>
          <button
            type="button"
            className="button primary small trash-bar-action"
            onClick={() => void restore(selection.rows.map((r) => r.id))}
            disabled={busy.size > 0}
          >
            Restore {countEntries(selection.count)}
          </button>
        </section>
      )}
      {records.length === 0 ? (
        <div className="trash-empty">
          <div className="trash-empty-mark" aria-hidden>
            ↺
          </div>
          <h2>Nothing deleted here yet</h2>
          <p className="muted">
            Entries you delete in this browser show up here, so they can be restored — even after a reload.
            For an entry deleted elsewhere, restore it by its id above.
          </p>
        </div>
      ) : (
        <DeletedTable
          records={records}
          selection={selection}
          personName={people.name}
          busy={busy}
          onRestore={(entry) => void restore([entry.id])}
        />
      )}
    </div>
  );
}
