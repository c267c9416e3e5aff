import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

interface Geometry {
  /** Every row's height in px: rows are fixed-height, so a row's place is its index times this. */
  rowHeight: number;
  /** The sticky header above the first row: it covers the top of the scroll container. */
  headerHeight: number;
  /** Rows rendered beyond each edge of the view, so arrow keys find their next row already there. */
  overscan: number;
}

/**
 * The rows `[first, last]` a scroll container shows at `scrollTop` (plus overscan), not yet clamped to
 * a row count: the count changes while a range streams in, the view does not.
 */
export function rowsInView(scrollTop: number, viewportHeight: number, g: Geometry): [number, number] {
  const first = Math.floor(Math.max(0, scrollTop) / g.rowHeight);
  const last = Math.ceil((scrollTop + viewportHeight - g.headerHeight) / g.rowHeight) - 1;
  return [Math.max(0, first - g.overscan), Math.max(first, last) + g.overscan];
}

/** The scrollTop that brings row `index` fully into view below the header, or null when it already is. */
export function scrollTopFor(index: number, scrollTop: number, viewportHeight: number, g: Geometry) {
  const top = index * g.rowHeight;
  const bottom = g.headerHeight + (index + 1) * g.rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return bottom - viewportHeight;
  return null;
}

/**
 * A scroll that moves a whole view or more (a fling, a jump) keeps none of the rows it had, so rows
 * rendered beyond the edges would only be thrown away at the next frame: such a frame renders the
 * rows in view alone, which at a screenful per frame is about a quarter less work.
 */
export function isLeap(scrollDelta: number, viewportHeight: number): boolean {
  return Math.abs(scrollDelta) >= viewportHeight;
}

/** How long after a leap, with no scroll since, the overscan rows come back. */
const SETTLE_MS = 120;

interface Options extends Geometry {
  enabled: boolean;
  count: number;
  scrollRef: RefObject<HTMLElement | null>;
}

export interface RowWindow {
  /** First and last row to render (last is -1 when there are none). */
  first: number;
  last: number;
  /** Space for the rows above and below the rendered ones, in px. */
  before: number;
  after: number;
  scrollToIndex: (index: number) => void;
}

/**
 * Virtual scrolling for fixed-height rows: which rows of `count` to render in the scroll container.
 * A scroll that brings new rows into view renders them inside the scroll event (flushSync), so the
 * frame that shows the new position already has its rows, even at a screenful per frame, and only a
 * couple of rows beyond each edge are rendered ahead.
 */
export function useRowWindow({ enabled, count, scrollRef, ...geometry }: Options): RowWindow {
  const { rowHeight, headerHeight, overscan } = geometry;
  const [range, setRange] = useState<[number, number]>(() =>
    rowsInView(0, typeof window === 'undefined' ? 0 : window.innerHeight, geometry),
  );

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!enabled || !el) return;
    const g = { rowHeight, headerHeight, overscan };
    // Nothing here reads the layout while React commits: that would lay out the whole page inside
    // the commit, a long task on a slow device. The observer's first call, made once layout is
    // done anyway, measures the view; until then the first rows are the guess from the window.
    let lastTop: number | undefined;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      const top = el.scrollTop;
      const leap = lastTop !== undefined && isLeap(top - lastTop, el.clientHeight);
      lastTop = top;
      const next = rowsInView(top, el.clientHeight, leap ? { ...g, overscan: 0 } : g);
      flushSync(() => setRange((prev) => (prev[0] === next[0] && prev[1] === next[1] ? prev : next)));
      clearTimeout(settle);
      // Once a fling stops, the rows beyond the edges come back for the arrow keys.
      if (leap) settle = setTimeout(() => setRange(rowsInView(el.scrollTop, el.clientHeight, g)), SETTLE_MS);
    };
    el.addEventListener('scroll', update, { passive: true });
    const resize = new ResizeObserver(update);
    resize.observe(el);
    return () => {
      clearTimeout(settle);
      el.removeEventListener('scroll', update);
      resize.disconnect();
    };
  }, [enabled, scrollRef, rowHeight, headerHeight, overscan]);

  const scrollToIndex = useCallback(
    (index: number) => {
      const el = scrollRef.current;
      if (!el) return;
      const g = { rowHeight, headerHeight, overscan };
      const top = scrollTopFor(index, el.scrollTop, el.clientHeight, g);
      if (top !== null) el.scrollTop = top;
    },
    [scrollRef, rowHeight, headerHeight, overscan],
  );

  if (!enabled || count === 0) return { first: 0, last: -1, before: 0, after: 0, scrollToIndex };
  const last = Math.min(range[1], count - 1);
  const first = Math.min(range[0], last);
  return { first, last, before: first * rowHeight, after: (count - 1 - last) * rowHeight, scrollToIndex };
}
