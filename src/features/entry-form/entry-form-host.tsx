import { lazy, Suspense, useState } from 'react';
import type { TimeEntry } from '../../../contract/index.ts';
import { useEntry } from '../../api/index.ts';
import { Dialog } from '../../components/dialog.tsx';
import { valuesFromEntry, type EntryFormValues } from './entry-form-values.ts';
import { localTimeZone, nowStartText } from './start-time.ts';
import { formatTarget, useEntryFormTarget, type EntryFormTarget } from './use-entry-form-target.ts';
import './entry-form.css';

const TITLES = { create: 'New entry', edit: 'Edit entry', duplicate: 'Duplicate entry' } as const;

// The form (fields, task picker, save and conflict handling) is its own chunk, fetched the first time a
// form opens: the table does not wait for it.
const EntryForm = lazy(() => import('./entry-form.tsx').then((m) => ({ default: m.EntryForm })));

function newValues(): EntryFormValues {
  const tz = localTimeZone();
  return { start: nowStartText(tz), duration: '', taskId: null, type: 'activity', timeBlock: '', userId: '' };
}

function LoadingForm({ title, onClose }: { title: string; onClose: () => void }) {
  return (
    <Dialog title={title} onClose={onClose}>
      <div className="entry-form-loading" role="status" aria-busy="true" aria-label="Loading the entry">
        {[0, 1, 2].map((i) => (
          <div key={i} className="entry-form-loading-row">
            <span className="skeleton" style={{ width: '30%' }} />
            <span className="skeleton entry-form-loading-input" />
          </div>
        ))}
      </div>
    </Dialog>
  );
}

interface LoaderProps {
  target: EntryFormTarget;
  onDone: () => void;
  onOpen: (target: EntryFormTarget | null) => void;
}

/** Edit and duplicate start from a fresh GET by id; the first answer seeds the form and later refetches never reset it. */
function EntryFormLoader({ target, onDone, onOpen }: LoaderProps) {
  const title = TITLES[target.mode];
  const query = useEntry(target.mode === 'create' ? null : { id: target.id, task_id: target.taskId });
  const [entry, setEntry] = useState<TimeEntry | null>(null);
  if (!entry && query.data) setEntry(query.data);

  if (target.mode === 'create') {
    return (
      <EntryForm
        target={target}
        title={title}
        entry={null}
        initialValues={newValues()}
        onDone={onDone}
        onOpen={onOpen}
      />
    );
  }
  if (!entry) {
    if (!query.isError) return <LoadingForm title={title} onClose={onDone} />;
    return (
      <Dialog
        title={title}
        onClose={onDone}
        footer={
          <>
            <button type="button" className="button" onClick={onDone}>
              Close
            </button>
            <button type="button" className="button primary" onClick={() => void query.refetch()}>
              Try again
            </button>
          </>
        }
      >
        <div className="form-error" role="alert">
          <strong>Could not load entry #{target.id}.</strong> {query.error.message}
        </div>
      </Dialog>
    );
  }
  if (target.mode === 'duplicate') {
    const copy = { ...valuesFromEntry(entry, localTimeZone()), userId: String(entry.toggl_user_id) };
    return (
      <EntryForm
        target={target}
        title={title}
        entry={null}
        initialValues={copy}
        onDone={onDone}
        onOpen={onOpen}
      />
    );
  }
  return (
    <EntryForm
      target={target}
      title={title}
      entry={entry}
      initialValues={newValues()}
      onDone={onDone}
      onOpen={onOpen}
    />
  );
}

/** Renders the entry form dialog for the target in the URL; nothing when none is open. */
export function EntryFormHost({ onClosed }: { onClosed?: () => void }) {
  const { target, open } = useEntryFormTarget();
  // Whatever had focus when the form opened (a row, the row menu's button, "New entry"), as a fallback
  // for when the app's onClosed has nowhere to return focus to.
  const [opener, setOpener] = useState<HTMLElement | null>(null);
  if (
    target &&
    !opener &&
    document.activeElement instanceof HTMLElement &&
    document.activeElement !== document.body
  ) {
    setOpener(document.activeElement);
  }
  if (!target) {
    if (opener) setOpener(null);
    return null;
  }
  const done = () => {
    open(null);
    onClosed?.();
    // The app restores focus on the next frame; only if that left it nowhere does the opener get it.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if ((document.activeElement === document.body || !document.activeElement) && opener?.isConnected)
          opener.focus();
      }),
    );
  };
  // Keyed by target: opening another entry starts a new form (and its own draft).
  return (
    <Suspense fallback={<LoadingForm title={TITLES[target.mode]} onClose={done} />}>
      <EntryFormLoader key={formatTarget(target)} target={target} onDone={done} onOpen={open} />
    </Suspense>
  );
}
