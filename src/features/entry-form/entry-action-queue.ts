import type { TimeEntryWithTask } from '../../../contract/index.ts';

export type EntryActionKind = 'archive' | 'unarchive' | 'delete';
export interface EntryActionRequest {
  kind: EntryActionKind;
  entry: TimeEntryWithTask;
}
type Runner = (request: EntryActionRequest) => void;

/**
 * The row menu's Archive, Unarchive and Delete go through here, so the menu does not carry the write road:
 * the runner (entry-actions-runner.tsx, with the mutation hooks and their toasts) is fetched the first time
 * it is needed, and a request made before it is here waits for it, in order, instead of being lost.
 */
let runner: Runner | null = null;
let pending: EntryActionRequest[] = [];
let wanted = false;
const listeners = new Set<() => void>();

export function requestEntryAction(request: EntryActionRequest): void {
  if (runner) {
    runner(request);
    return;
  }
  pending.push(request);
  if (wanted) return;
  wanted = true;
  for (const listener of listeners) listener();
}

/** True once an action was asked for: the host then mounts the runner (and keeps it). */
export const entryActionsWanted = () => wanted;
export function onEntryActionsWanted(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The runner takes over: what waited runs now, in order, and later requests go straight to it. */
export function attachEntryActionRunner(run: Runner): () => void {
  runner = run;
  const waiting = pending;
  pending = [];
  for (const request of waiting) run(request);
  return () => {
    if (runner === run) runner = null;
  };
}
