import { useCallback } from 'react';
import { navigate, useLocation } from '../../navigation/location.ts';

/**
 * Which form is open. It lives in the URL (`?form=…`) so a reload reopens it with its draft:
 * `edit:<id>:<task id>`, or `edit:<id>` for an entry without a task.
 */
export type EntryFormTarget =
  | { mode: 'create' }
  | { mode: 'edit'; id: number; taskId: number | null }
  | { mode: 'duplicate'; id: number; taskId: number | null };

export function parseTarget(value: string | null): EntryFormTarget | null {
  if (!value) return null;
  if (value === 'new') return { mode: 'create' };
  const m = /^(edit|duplicate):(\d+)(?::(\d+))?$/.exec(value);
  if (!m) return null;
  return { mode: m[1] as 'edit' | 'duplicate', id: Number(m[2]), taskId: m[3] ? Number(m[3]) : null };
}

export function formatTarget(target: EntryFormTarget): string {
  if (target.mode === 'create') return 'new';
  return `${target.mode}:${target.id}${target.taskId === null ? '' : `:${target.taskId}`}`;
}

/** The address of the current view with `target`'s form open (or closed, for null). */
function hrefWith(pathname: string, search: string, next: EntryFormTarget | null): string {
  const params = new URLSearchParams(search);
  if (next) params.set('form', formatTarget(next));
  else params.delete('form');
  const s = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return `${pathname}${s ? `?${s}` : ''}`;
}

export function useEntryFormTarget() {
  const { pathname, search } = useLocation();
  const target = parseTarget(search.get('form'));
  const open = useCallback(
    (next: EntryFormTarget | null) => navigate(hrefWith(pathname, window.location.search, next)),
    [pathname],
  );
  const searchText = search.toString();
  /** A link that opens the form over the current view, for places that show an entry as a link. */
  const hrefFor = useCallback(
    (next: EntryFormTarget) => hrefWith(pathname, searchText, next),
    [pathname, searchText],
  );
  return { target, open, hrefFor };
}
