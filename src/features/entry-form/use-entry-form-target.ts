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

export function useEntryFormTarget() {
  const { pathname, search } = useLocation();
  const target = parseTarget(search.get('form'));
  const open = useCallback(
    (next: EntryFormTarget | null) => {
      const params = new URLSearchParams(window.location.search);
      if (next) params.set('form', formatTarget(next));
      else params.delete('form');
      const s = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
      navigate(`${pathname}${s ? `?${s}` : ''}`);
    },
    [pathname],
  );
  return { target, open };
}
