import { useCallback } from 'react';
import { navigate, useLocation } from '../../navigation/location.ts';

/** Which form is open. It lives in the URL (`?form=…`) so a reload reopens it with its draft. */
export type EntryFormTarget =
  | { mode: 'create' }
  | { mode: 'edit'; id: number; taskId: number }
  | { mode: 'duplicate'; id: number; taskId: number };

export function parseTarget(value: string | null): EntryFormTarget | null {
  if (!value) return null;
  if (value === 'new') return { mode: 'create' };
  const m = /^(edit|duplicate):(\d+):(\d+)$/.exec(value);
  return m ? { mode: m[1] as 'edit' | 'duplicate', id: Number(m[2]), taskId: Number(m[3]) } : null;
}

export function formatTarget(target: EntryFormTarget): string {
  return target.mode === 'create' ? 'new' : `${target.mode}:${target.id}:${target.taskId}`;
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
