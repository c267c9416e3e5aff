import { useEffect, useRef, useState } from 'react';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { Dialog } from '../../components/dialog.tsx';
import {
  describeFailure,
  worthRetrying,
  usePeople,
  type PerEntryKind,
  type PoolProgress,
} from '../../api/index.ts';
import { useEntryOperations } from '../../api/writes.ts';
import { countEntries } from '../../lib/counts.ts';
import { FailureList, type Failure } from './failure-list.tsx';
import { toastWithUndo } from './toast-undo.ts';

const CONCURRENCY = 4;
const WORDS = {
  archive: { verb: 'Archive', doing: 'Archiving', done: 'archived', undone: 'Unarchived' },
  unarchive: { verb: 'Unarchive', doing: 'Unarchiving', done: 'unarchived', undone: 'Archived again' },
} as const;

interface Props {
  kind: PerEntryKind;
  rows: readonly TimeEntryWithTask[];
  /** Called once when the dialog closes, with the entries that were changed (they leave this view). */
  onClose: (changed: TimeEntryWithTask[]) => void;
}

/**
 * The API archives one entry per request: a few run at once, progress shows, and at the end the dialog
 * says exactly which entries failed and why, with Retry failed for just those that can succeed on a
 * second try (a refusal cannot, so it is offered no Retry).
 */
export function EntryRunDialog({ kind, rows, onClose }: Props) {
  const ops = useEntryOperations();
  const people = usePeople();
  const words = WORDS[kind];
  const [phase, setPhase] = useState<'confirm' | 'running' | 'finished'>('confirm');
  const [progress, setProgress] = useState<PoolProgress | null>(null);
  const [succeeded, setSucceeded] = useState<TimeEntryWithTask[]>([]);
  const [failures, setFailures] = useState<Failure[]>([]);
  const historyId = useRef<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const retryRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (phase === 'finished') retryRef.current?.focus();
  }, [phase]);

  async function run(targets: readonly TimeEntryWithTask[]) {
    abort.current = new AbortController();
    setPhase('running');
    setFailures([]);
    const results = await ops.runPerEntry(kind, targets, {
      concurrency: CONCURRENCY,
      signal: abort.current.signal,
      onProgress: setProgress,
    });
    historyId.current = ops.recordRun(kind, results, historyId.current);
    const ok = results.flatMap((r) => (r.ok ? [r.item] : []));
    const failed = results.flatMap((r) =>
      r.ok ? [] : [{ entry: r.item, reason: describeFailure(r.error), retryable: worthRetrying(r.error) }],
    );
    const all = [...succeeded, ...ok];
    setSucceeded(all);
    setFailures(failed);
    if (failed.length === 0) {
      toastWithUndo(ops, historyId.current, `${words.verb}d ${countEntries(all.length)}`, words.undone);
      onClose(all);
      return;
    }
    setPhase('finished');
  }

  const close = () => {
    if (phase === 'running') return abort.current?.abort();
    onClose(succeeded);
  };

  const total = rows.length;
  const retryable = failures.filter((f) => f.retryable);
  return (
    <Dialog
      title={
        phase === 'confirm'
          ? `${words.verb} ${countEntries(total)}?`
          : phase === 'running'
            ? `${words.doing} ${countEntries(progress?.total ?? total)}…`
            : `${succeeded.length} ${words.done}, ${failures.length} failed`
      }
      label={`${words.verb} entries`}
      onClose={close}
      wide={phase === 'finished'}
      footer={
        phase === 'confirm' ? (
          <>
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
            <button type="button" className="button primary" onClick={() => void run(rows)}>
              {words.verb} {countEntries(total)}
            </button>
          </>
        ) : phase === 'running' ? (
          <button type="button" className="button" onClick={close}>
            Stop
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={close}>
              Close
            </button>
            {retryable.length > 0 && (
              <button
                ref={retryRef}
                type="button"
                className="button primary"
                onClick={() => void run(retryable.map((f) => f.entry))}
              >
                Retry failed ({retryable.length})
              </button>
            )}
          </>
        )
      }
    >
      {phase === 'confirm' && (
        <p className="bulk-lead">
          {kind === 'archive'
            ? 'Archived entries leave this list and are kept under Archived, where they can be unarchived.'
            : 'The entries go back to the Entries list.'}{' '}
          Entries go one by one, {CONCURRENCY} at a time.
        </p>
      )}
      {phase === 'running' && progress && (
        <div className="bulk-progress">
          <progress value={progress.done} max={progress.total} aria-label={`${words.doing} progress`} />
          <p className="num" role="status" aria-live="polite">
            {progress.done} of {progress.total} done
            {progress.failed > 0 && <span className="badge danger">{progress.failed} failed</span>}
          </p>
        </div>
      )}
      {phase === 'finished' && (
        <>
          <p role="alert" className="form-error">
            {countEntries(failures.length)} could not be {words.done}. The others are done. Here is exactly
            which, and why:
          </p>
          <FailureList failures={failures} personName={people.name} />
        </>
      )}
    </Dialog>
  );
}
