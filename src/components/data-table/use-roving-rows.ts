import { useCallback, useState, type KeyboardEvent, type RefObject } from 'react';
import { cellOf, focusCell, isMenuKey, openRowMenu } from './grid-cells.ts';

interface Options {
  count: number;
  /** The scroll container that holds the rows (`tr[data-index]`). */
  containerRef: RefObject<HTMLElement | null>;
  /** Virtual tables render only some rows: bring a row into the DOM before focusing it. */
  scrollToIndex?: (index: number) => void;
  pageSize: number;
  onActivate?: (index: number, element: HTMLElement) => void;
  onToggle?: (index: number) => void;
  /** Shift+↓/↑: the rows from `from` to `to` become selected. */
  onSelectRange?: (from: number, to: number) => void;
  /** More single keys on a row (`e` to edit, say), without modifiers. */
  rowKeys?: Record<string, (index: number, element: HTMLElement) => void>;
}

const MOVES = ['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End'];

/**
 * The table as one tab stop (a roving tabindex over its rows, as the grid pattern has it):
 * ↑/↓ one row, PageUp/PageDown a screenful, Home/End the ends; Enter opens, Space toggles, Shift+↓/↑
 * extend the selection, the Menu key or Shift+F10 opens the row's menu. → enters the row's cells and
 * ←/→ move between them (↑ from the first row reaches the column headers); ← from the first cell or
 * Escape goes back to the row.
 */
export function useRovingRows(options: Options) {
  const { count, containerRef, scrollToIndex, pageSize, onActivate, onToggle, onSelectRange, rowKeys } =
    options;
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(count - 1, 0));

  const rowAt = useCallback(
    (index: number) => containerRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`),
    [containerRef],
  );

  /** Focuses row `index` (or, with `column`, that cell of it), once virtual scrolling has rendered it. */
  const focusIndex = useCallback(
    (index: number, column?: number) => {
      const target = Math.max(0, Math.min(count - 1, index));
      setActive(target);
      scrollToIndex?.(target);
      let attempts = 0;
      const tryFocus = () => {
        const row = rowAt(target);
        if (!row) {
          if (attempts++ < 10) requestAnimationFrame(tryFocus);
        } else if (column === undefined || !focusCell(row, column)) {
          row.focus({ preventScroll: !!scrollToIndex });
        }
      };
      tryFocus();
    },
    [count, rowAt, scrollToIndex],
  );

  const onCellKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>, index: number) => {
      const target = event.target as HTMLElement;
      // Keys inside an open menu, or typed into a field, belong to them.
      if (target.closest('[popover]') || target.matches('input:not([type="checkbox"]), select, textarea'))
        return;
      const row = event.currentTarget;
      const at = cellOf(row, target);
      if (!at) return;
      const last = row.children.length - 1;
      let handled = true;
      if (event.key === 'ArrowRight') focusCell(row, Math.min(last, at.column + 1));
      else if (event.key === 'ArrowLeft' && at.column > 0) focusCell(row, at.column - 1);
      else if (event.key === 'ArrowLeft' || event.key === 'Escape') row.focus();
      else if (event.key === 'Home') focusCell(row, 0);
      else if (event.key === 'End') focusCell(row, last);
      else if (event.key === 'ArrowDown') focusIndex(index + 1, at.column);
      else if (event.key === 'ArrowUp' && index > 0) focusIndex(index - 1, at.column);
      else if (event.key === 'ArrowUp') focusHeader(containerRef.current, at.column);
      else if (isMenuKey(event)) openRowMenu(row);
      else handled = false;
      if (handled) event.preventDefault();
    },
    [containerRef, focusIndex],
  );

  const onRowKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>, index: number) => {
      if (event.target !== event.currentTarget) return onCellKeyDown(event, index);
      const row = event.currentTarget;
      const moves: Record<string, number> = {
        ArrowDown: index + 1,
        ArrowUp: index - 1,
        PageDown: index + pageSize,
        PageUp: index - pageSize,
        Home: 0,
        End: count - 1,
      };
      const next = moves[event.key];
      const plain = !event.altKey && !event.ctrlKey && !event.metaKey;
      if (next !== undefined && MOVES.includes(event.key) && plain) {
        event.preventDefault();
        if (event.key === 'ArrowUp' && index === 0 && !event.shiftKey) {
          focusHeader(containerRef.current, 0);
          return;
        }
        const to = Math.max(0, Math.min(count - 1, next));
        if (event.shiftKey && onSelectRange) onSelectRange(index, to);
        focusIndex(to);
      } else if (event.key === 'ArrowRight' && plain) {
        event.preventDefault();
        focusCell(row, 0);
      } else if (event.key === 'Enter' && plain) {
        event.preventDefault();
        onActivate?.(index, row);
      } else if (event.key === ' ' && onToggle && plain && !event.shiftKey) {
        event.preventDefault();
        onToggle(index);
      } else if (isMenuKey(event)) {
        if (openRowMenu(row)) event.preventDefault();
      } else if (plain && !event.shiftKey && rowKeys?.[event.key]) {
        event.preventDefault();
        rowKeys[event.key]?.(index, row);
      }
    },
    [count, pageSize, focusIndex, onActivate, onToggle, onSelectRange, rowKeys, containerRef, onCellKeyDown],
  );

  /** Keys in the header row: ←/→ between column headers, ↓ back to the rows. */
  const onHeaderKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const row = event.currentTarget;
      const at = cellOf(row, event.target as HTMLElement);
      if (!at) return;
      const last = row.children.length - 1;
      if (event.key === 'ArrowRight') focusCell(row, Math.min(last, at.column + 1));
      else if (event.key === 'ArrowLeft') focusCell(row, Math.max(0, at.column - 1));
      else if (event.key === 'Home') focusCell(row, 0);
      else if (event.key === 'End') focusCell(row, last);
      else if (event.key === 'ArrowDown' || event.key === 'Escape')
        focusIndex(current, event.key === 'Escape' ? undefined : at.column);
      else return;
      event.preventDefault();
    },
    [focusIndex, current],
  );

  return { activeIndex: current, setActive, onRowKeyDown, onHeaderKeyDown };
}

function focusHeader(container: HTMLElement | null, column: number) {
  focusCell(container?.querySelector('thead tr'), column);
}
