import { useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTable, type RowData } from '@tanstack/react-table';
import { DataTableRow, type RowHandlers } from './data-table-row.tsx';
import { DataTableHeader } from './data-table-header.tsx';
import { CURRENT_ROW, InGridContext } from './grid-context.ts';
import { dataTableFeatures, type DataColumn, type SortState } from './data-table-features.ts';
import { SkeletonRows } from './skeleton-rows.tsx';
import { useRovingRows } from './use-roving-rows.ts';
import { useRowWindow } from './use-row-window.ts';
import './data-table.css';

export interface DataTableProps<T extends RowData> {
  /** The grid's accessible name. */
  label: string;
  data: readonly T[];
  columns: readonly DataColumn<T>[];
  columnVisibility: Record<string, boolean>;
  getRowId: (row: T) => string;
  /** Render only the rows in view (for thousands of rows); the scroll container must have a height. */
  virtual?: boolean;
  loading?: boolean;
  skeletonRows?: number;
  /** Shown in place of rows when there are none and nothing is loading. */
  empty?: ReactNode;
  sort?: SortState | undefined;
  onSort?: ((key: string) => void) | undefined;
  onRowActivate?: ((row: T, element: HTMLElement) => void) | undefined;
  onRowToggle?: ((row: T, index: number) => void) | undefined;
  isRowSelected?: ((row: T) => boolean) | undefined;
  /** Shift+↓/↑ from a row: these rows become selected. */
  onRowsSelect?: ((rows: T[]) => void) | undefined;
  /** More keys on a focused row (`e` to edit, say); a stable object. */
  rowKeys?: Record<string, (row: T, element: HTMLElement) => void> | undefined;
  /** Extra attributes of a row (`data-…`); must depend on the row's data only, rows are memoised on it. */
  rowAttributes?: ((row: T) => Record<string, string | undefined>) | undefined;
  rowClassName?: ((row: T) => string | undefined) | undefined;
  /** A refetch is under way: rows stay, the table says it is busy. */
  busy?: boolean;
  /**
   * Lay rows out as cards for a narrow screen (`dt-cards`: the caller's CSS places the cells), each
   * `rowHeight` px tall so virtual scrolling still knows where every row is.
   */
  cards?: { rowHeight: number } | undefined;
}

/** Keep in step with data-table.css (`.dt` row and header heights): virtual scrolling relies on them. */
export const ROW_HEIGHT = 40;
const TABLE_HEADER_HEIGHT = 38;
/** The header of a card list holds only select-all and the sort: see `.dt-cards thead` in data-table.css. */
const CARDS_HEADER_HEIGHT = 45;
const INTERACTIVE = 'button, a, input, select, textarea, label, [role="menu"], [popover]';

export function DataTable<T extends RowData>(props: DataTableProps<T>) {
  const { data, virtual = false, loading = false, columnVisibility, cards } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowHeight = cards?.rowHeight ?? ROW_HEIGHT;
  const HEADER_HEIGHT = cards ? CARDS_HEADER_HEIGHT : TABLE_HEADER_HEIGHT;

  const view = useRowWindow({
    enabled: virtual,
    count: data.length,
    scrollRef,
    rowHeight,
    headerHeight: HEADER_HEIGHT,
    overscan: 2,
  });
  const { first, last } = view;
  // The table gets only the rows in view, so 50,000 entries cost no more to render than 50.
  const windowData = useMemo(
    () => (virtual ? data.slice(first, last + 1) : (data as T[])),
    [virtual, data, first, last],
  );
  const table = useTable({
    features: dataTableFeatures,
    columns: props.columns as DataColumn<T>[],
    data: windowData,
    getRowId: props.getRowId,
    state: { columnVisibility },
  });
  const visibleColumns = table.getVisibleLeafColumns();
  const rows = table.getRowModel().rows;
  const offset = virtual ? first : 0;

  const { rowKeys: keysByRow, onRowsSelect } = props;
  const rowKeys = useMemo(
    () =>
      keysByRow &&
      Object.fromEntries(
        Object.entries(keysByRow).map(([key, run]) => [
          key,
          (i: number, el: HTMLElement) => {
            const row = data[i];
            if (row !== undefined) run(row, el);
          },
        ]),
      ),
    [keysByRow, data],
  );
  const roving = useRovingRows({
    rowKeys,
    onSelectRange: onRowsSelect
      ? (from, to) => onRowsSelect(data.slice(Math.min(from, to), Math.max(from, to) + 1))
      : undefined,
    count: data.length,
    containerRef: scrollRef,
    scrollToIndex: virtual ? view.scrollToIndex : undefined,
    pageSize: 10,
    onActivate: (i, el) => {
      const row = data[i];
      if (row !== undefined) props.onRowActivate?.(row, el);
    },
    onToggle: props.onRowToggle
      ? (i) => {
          const row = data[i];
          if (row !== undefined) props.onRowToggle?.(row, i);
        }
      : undefined,
  });
  const latest = useRef({ onRowActivate: props.onRowActivate, roving });
  useLayoutEffect(() => {
    latest.current = { onRowActivate: props.onRowActivate, roving };
  });
  const visibleKey = visibleColumns.map((c) => c.id).join();
  const { columns } = props;
  const { sort, onSort } = props;
  // The header does not change while scrolling; keeping the element skips re-rendering it every frame.
  const header = useMemo(
    () => (
      <DataTableHeader
        table={table}
        sort={sort}
        onSort={onSort}
        onKeyDown={(e) => latest.current.roving.onHeaderKeyDown(e)}
      />
    ),
    // `table` is one instance for the component's life, so the columns and which of them are visible
    // are what tell the header to re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [table, columns, visibleKey, sort, onSort],
  );
  // Stable for the table's lifetime, so memoised rows are not re-rendered just for new closures.
  const handlers = useMemo<RowHandlers<T>>(
    () => ({
      click: (e, index, row) => {
        if ((e.target as Element).closest(INTERACTIVE)) return;
        latest.current.roving.setActive(index);
        latest.current.onRowActivate?.(row, e.currentTarget);
      },
      keyDown: (e, index) => latest.current.roving.onRowKeyDown(e, index),
      focus: (index) => latest.current.roving.setActive(index),
    }),
    [],
  );
  const tabStop =
    roving.activeIndex >= offset && roving.activeIndex < offset + rows.length ? roving.activeIndex : offset;

  const paddingTop = view.before;
  const paddingBottom = view.after;
  const colSpan = visibleColumns.length;
  // Fixed columns keep their widths; the one flexible column gets the rest, but never less than 200px.
  const minWidth = cards ? 0 : visibleColumns.reduce((n, c) => n + (c.columnDef.meta?.width ?? 200), 0);
  const showSkeleton = loading && data.length === 0;

  return (
    <div className="dt-scroll" ref={scrollRef} data-focus-fallback={CURRENT_ROW}>
      <table
        className={cards ? 'dt dt-cards' : 'dt'}
        style={{ minWidth }}
        role="grid"
        aria-label={props.label}
        aria-rowcount={showSkeleton ? -1 : data.length + 1}
        aria-busy={loading || props.busy ? true : undefined}
      >
        <colgroup>
          {visibleColumns.map((c) => (
            <col key={c.id} style={c.columnDef.meta?.width ? { width: c.columnDef.meta.width } : undefined} />
          ))}
        </colgroup>
        <InGridContext value={true}>
          {header}
          <tbody>
            {showSkeleton && <SkeletonRows columns={visibleColumns} count={props.skeletonRows ?? 12} />}
            {!loading && data.length === 0 && (
              <tr className="dt-empty-row">
                <td colSpan={colSpan}>{props.empty}</td>
              </tr>
            )}
            {paddingTop > 0 && (
              <tr aria-hidden className="dt-spacer" style={{ height: paddingTop }}>
                <td colSpan={colSpan} />
              </tr>
            )}
            {rows.map((row, i) => {
              const index = offset + i;
              return (
                <DataTableRow
                  key={row.id}
                  row={row}
                  index={index}
                  tabbable={index === tabStop}
                  selected={props.isRowSelected?.(row.original)}
                  className={props.rowClassName?.(row.original)}
                  attributes={props.rowAttributes?.(row.original)}
                  columns={columns}
                  visibleKey={visibleKey}
                  handlers={handlers}
                />
              );
            })}
            {paddingBottom > 0 && (
              <tr aria-hidden className="dt-spacer" style={{ height: paddingBottom }}>
                <td colSpan={colSpan} />
              </tr>
            )}
          </tbody>
        </InGridContext>
      </table>
    </div>
  );
}
