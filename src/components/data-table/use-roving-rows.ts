import { useCallback, useState, type KeyboardEvent, type RefObject } from 'react';

interface Options {
  count: number;
  /** The scroll container that holds the rows (`tr[data-index]`). */
  containerRef: RefObject<HTMLElement | null>;
  /** Virtual tables render only some rows: bring a row into the DOM before focusing it. */
  scrollToIndex?: (index: number) => void;
  pageSize: number;
  onActivate?: (index: number, element: HTMLElement) => void;
  onToggle?: (index: number) => void;
}

/**
 * Arrow-key movement between rows with one tab stop for the whole table (a roving tabindex):
 * ↑/↓ one row, PageUp/PageDown a screenful, Home/End the ends, Enter opens, Space toggles.
 */
export function useRovingRows({
  count,
  containerRef,
  scrollToIndex,
  pageSize,
  onActivate,
  onToggle,
}: Options) {
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(count - 1, 0));

  const focusIndex = useCallback(
    (index: number) => {
      const target = Math.max(0, Math.min(count - 1, index));
      setActive(target);
      scrollToIndex?.(target);
      // The row may need a frame or two to be rendered by the virtualizer.
      let attempts = 0;
      const tryFocus = () => {
        const row = containerRef.current?.querySelector<HTMLElement>(`tr[data-index="${target}"]`);
        if (row) row.focus({ preventScroll: !!scrollToIndex });
        else if (attempts++ < 10) requestAnimationFrame(tryFocus);
      };
      tryFocus();
    },
    [count, containerRef, scrollToIndex],
  );

  const onRowKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>, index: number) => {
      // Keys typed into a control inside the row (a checkbox, a menu) belong to that control.
      if (event.target !== event.currentTarget) return;
      const moves: Record<string, number> = {
        ArrowDown: index + 1,
        ArrowUp: index - 1,
        PageDown: index + pageSize,
        PageUp: index - pageSize,
        Home: 0,
        End: count - 1,
      };
      const next = moves[event.key];
      if (next !== undefined) {
        event.preventDefault();
        focusIndex(next);
      } else if (event.key === 'Enter') {
        event.preventDefault();
        onActivate?.(index, event.currentTarget);
      } else if (event.key === ' ' && onToggle) {
        event.preventDefault();
        onToggle(index);
      }
    },
    [count, pageSize, focusIndex, onActivate, onToggle],
  );

  return { activeIndex: current, setActive, onRowKeyDown };
}
