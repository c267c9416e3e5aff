import { useCallback, useMemo, useState } from 'react';

/**
 * A set of selected rows, keyed by id, that survives paging: the rows themselves are kept so an
 * action can run on entries that are no longer on screen.
 */
export interface Selection<T> {
  ids: ReadonlySet<number>;
  rows: readonly T[];
  count: number;
  has(id: number): boolean;
  toggle(row: T): void;
  set(rows: readonly T[], selected: boolean): void;
  replace(rows: readonly T[]): void;
  clear(): void;
}

export function useSelection<T extends { id: number }>(): Selection<T> {
  const [map, setMap] = useState<ReadonlyMap<number, T>>(new Map());

  const toggle = useCallback((row: T) => {
    setMap((prev) => {
      const next = new Map(prev);
      if (next.has(row.id)) next.delete(row.id);
      else next.set(row.id, row);
      return next;
    });
  }, []);

  const set = useCallback((rows: readonly T[], selected: boolean) => {
    setMap((prev) => {
      const next = new Map(prev);
      for (const r of rows) {
        if (selected) next.set(r.id, r);
        else next.delete(r.id);
      }
      return next;
    });
  }, []);

  const replace = useCallback((rows: readonly T[]) => setMap(new Map(rows.map((r) => [r.id, r]))), []);
  const clear = useCallback(() => setMap(new Map()), []);

  return useMemo(() => {
    const ids = new Set(map.keys());
    return {
      ids,
      rows: [...map.values()],
      count: map.size,
      has: (id) => map.has(id),
      toggle,
      set,
      replace,
      clear,
    };
  }, [map, toggle, set, replace, clear]);
}
