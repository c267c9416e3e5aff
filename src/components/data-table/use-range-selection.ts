import { useCallback, useRef } from 'react';

interface SelectionLike<T> {
  has(id: number): boolean;
  toggle(row: T): void;
  set(rows: readonly T[], selected: boolean): void;
}

/**
 * Row checkboxes with shift-click ranges: a shift-click gives every row between the last clicked one
 * and this one the state this one is switching to, in the order the rows are shown.
 */
export function useRangeSelection<T extends { id: number }>(rows: readonly T[], selection: SelectionLike<T>) {
  const anchor = useRef<number | null>(null);
  return useCallback(
    (row: T, shiftKey: boolean) => {
      const index = rows.indexOf(row);
      const from = anchor.current === null ? -1 : rows.findIndex((r) => r.id === anchor.current);
      anchor.current = row.id;
      if (!shiftKey || from < 0 || index < 0) {
        selection.toggle(row);
        return;
      }
      const [a, b] = from < index ? [from, index] : [index, from];
      selection.set(rows.slice(a, b + 1), !selection.has(row.id));
    },
    [rows, selection],
  );
}
