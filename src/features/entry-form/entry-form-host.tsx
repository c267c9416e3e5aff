import { lazy, Suspense, useState, useSyncExternalStore } from 'react';
import { useWarmOnInput } from '../../components/use-warm-on-input.ts';
import { entryActionsWanted, onEntryActionsWanted } from './entry-action-queue.ts';
import { LoadingForm, TITLES } from './entry-form-loading.tsx';
import { useEntryFormTarget } from './use-entry-form-target.ts';
import './entry-form.css';

// The form's dialog and the row menus' actions carry the write road: the table does not wait for them.
// They are fetched at the first touch or key press on the screen, or when first needed.
const loadDialog = () => import('./entry-form-loader.tsx');
const loadRunner = () => import('./entry-actions-runner.tsx');
const EntryFormDialog = lazy(() => loadDialog().then((m) => ({ default: m.EntryFormDialog })));
const EntryActionsRunner = lazy(() => loadRunner().then((m) => ({ default: m.EntryActionsRunner })));
const warm = () => Promise.all([loadDialog().then((m) => m.loadEntryForm()), loadRunner()]);

/**
 * Renders the entry form dialog for the target in the URL (nothing when none is open), and runs the
 * actions the row menus ask for (entry-action-queue.ts): every screen with row menus has this host, for
 * their Edit and Duplicate.
 */
export function EntryFormHost({ onClosed }: { onClosed?: () => void }) {
  const { target, open } = useEntryFormTarget();
  const actions = useSyncExternalStore(onEntryActionsWanted, entryActionsWanted);
  useWarmOnInput(warm);
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
  if (!target && opener) setOpener(null);
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
  // Apart, so that one arriving never hides the other.
  return (
    <>
      <Suspense>{actions && <EntryActionsRunner />}</Suspense>
      {target && (
        <Suspense fallback={<LoadingForm title={TITLES[target.mode]} onClose={done} />}>
          <EntryFormDialog target={target} onDone={done} onOpen={open} />
        </Suspense>
      )}
    </>
  );
}
