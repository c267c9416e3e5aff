import { useEffect, useRef } from 'react';
import { attachEntryActionRunner } from './entry-action-queue.ts';
import { useEntryActions } from './use-entry-actions.ts';

/** Runs the row menus' actions (see entry-action-queue.ts) with the same hooks and toasts as the form. */
export function EntryActionsRunner() {
  const actions = useEntryActions();
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(
    () =>
      attachEntryActionRunner(({ kind, entry }) => {
        const run = latest.current;
        if (kind === 'archive') void run.archiveEntry(entry);
        else if (kind === 'unarchive') void run.unarchiveEntry(entry);
        else void run.deleteEntry(entry);
      }),
    [],
  );
  return null;
}
