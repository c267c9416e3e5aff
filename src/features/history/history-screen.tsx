import { useState } from 'react';
import { toast } from '../../components/toast.ts';
import { describeFailure, type HistoryRecord, useHistory } from '../../api/index.ts';
import { canUndo, useEntryOperations } from '../../api/writes.ts';
import { countEntries } from '../../lib/counts.ts';
import { HistoryRow } from './history-row.tsx';
import './history.css';

export interface UndoProblem {
  message: string;
  ids: number[];
}

/** Every bulk operation this browser performed for this person and workspace, each undoable. */
export function HistoryScreen() {
  const ops = useEntryOperations();
  const records = useHistory();
  const [busy, setBusy] = useState<string | null>(null);
  const [problems, setProblems] = useState<Record<string, UndoProblem>>({});

  async function undo(record: HistoryRecord) {
    setBusy(record.id);
    const result = await ops.undo(record.id);
    setBusy(null);
    if (!result) return;
    const failed = result.failures.flatMap((f) => f.ids);
    setProblems((p) => {
      const next = { ...p };
      if (failed.length)
        next[record.id] = { message: describeFailure(result.failures[0]?.error), ids: failed };
      else delete next[record.id];
      return next;
    });
    if (failed.length === 0) toast.success(`Undone: ${record.summary}`);
    else if (result.done > 0)
      toast.warning(`Undo reached ${countEntries(result.done)}; ${countEntries(failed.length)} failed`);
  }

  return (
    <div className="history-screen">
      <header className="page-header">
        <div>
          <h1>History</h1>
          <p className="muted history-sub">
            Bulk changes made in this browser, for you in this workspace. Undo works here at any time — after
            a reload too.
          </p>
        </div>
      </header>
      {records.length === 0 ? (
        <div className="history-empty">
          <div className="history-empty-mark" aria-hidden>
            ⟲
          </div>
          <h2>No bulk changes yet</h2>
          <p className="muted">
            Select entries in the table to edit, shift, duplicate, archive or delete them together. Each
            operation is kept here with the values it replaced, so it can be undone.
          </p>
        </div>
      ) : (
        <ol className="history-list" aria-label="Bulk operations, newest first">
          {records.map((r) => (
            <HistoryRow
              key={r.id}
              record={r}
              undoable={canUndo(r)}
              busy={busy === r.id}
              problem={problems[r.id] ?? null}
              onUndo={() => void undo(r)}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
