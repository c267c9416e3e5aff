import { lazy, Suspense, useState } from 'react';
import type { TimeEntry } from '../../../contract/index.ts';
import { useEntry } from '../../api/index.ts';
import { Dialog } from '../../components/dialog.tsx';
import { valuesFromEntry, type EntryFormValues } from './entry-form-values.ts';
import { LoadingForm, TITLES } from './entry-form-loading.tsx';
import { localTimeZone, nowStartText } from './start-time.ts';
import { formatTarget, type EntryFormTarget } from './use-entry-form-target.ts';

// The form itself (fields, task picker, save and conflict handling) is a chunk of its own: an edit shows
// this module's loading dialog while the entry and the form's code arrive together.
export const loadEntryForm = () => import('./entry-form.tsx');
const EntryForm = lazy(() => loadEntryForm().then((m) => ({ default: m.EntryForm })));

function newValues(): EntryFormValues {
  const tz = localTimeZone();
  return { start: nowStartText(tz), duration: '', taskId: null, type: 'activity', timeBlock: '', userId: '' };
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

/** The open form's dialog: a loading dialog until the entry (for edit and duplicate) and the form's code are here. */
export function EntryFormDialog({ target, onDone, onOpen }: LoaderProps) {
  // Keyed by target: opening another entry starts a new form (and its own draft).
  return (
    <Suspense fallback={<LoadingForm title={TITLES[target.mode]} onClose={onDone} />}>
      <EntryFormLoader key={formatTarget(target)} target={target} onDone={onDone} onOpen={onOpen} />
    </Suspense>
  );
}
