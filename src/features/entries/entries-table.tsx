import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import type { DataColumn } from '../../components/data-table/data-table-features.ts';
import { DataTable } from '../../components/data-table/data-table.tsx';
import { useRangeSelection } from '../../components/data-table/use-range-selection.ts';
import type { Selection } from '../../components/selection.ts';
import { formatDateTime, formatEnd, formatShortDateTime, formatStart } from '../../lib/date-format.ts';
import { localTimeZone } from '../../lib/dates.ts';
import {
  EntryCellContext,
  EntrySelectionContext,
  type EntryCellEnv,
  type EntrySelectionEnv,
} from './entries-table-context.ts';
import { isRunning } from './entry-facts.ts';
import { nextSort, type EntrySort } from './entry-order.ts';
import './entries-table.css';
import './entries-cards.css';

interface Props {
  view: 'active' | 'archived';
  columns: DataColumn<TimeEntryWithTask>[];
  rows: TimeEntryWithTask[];
  wholeRange: boolean;
  loading: boolean;
  refreshing: boolean;
  skeletonRows: number;
  /** What to show when there are no rows (the empty or the error state). */
  empty: ReactNode;
  sort: EntrySort;
  onSort: (sort: EntrySort) => void;
  columnVisibility: Record<string, boolean>;
  personName: (id: number) => string;
  selection: Selection<TimeEntryWithTask>;
  /** Show entries as cards (a narrow screen). */
  cards: boolean;
  onOpenEntry: (entry: TimeEntryWithTask, row: HTMLElement) => void;
  renderRowActions?: ((entry: TimeEntryWithTask) => ReactNode) | undefined;
  onOpenTimeBlock?: ((id: number) => void) | undefined;
}

/** Keep in step with entries-cards.css: a card of three lines, and one more for the archived date. */
const CARD_HEIGHT = 96;
const CARD_LINE = 22;

const rowId = (e: TimeEntryWithTask) => String(e.id);
const rowAttributes = (e: TimeEntryWithTask) => ({
  'data-entry-id': String(e.id),
  'data-running': isRunning(e) ? 'true' : undefined,
});
const rowClassName = (e: TimeEntryWithTask) => (isRunning(e) ? 'entries-row-running' : undefined);

/**
 * Builds the date formats the cells use as soon as the table is there, while it still shows skeleton
 * rows: the first rows' render, which a person waits for, then does not also build them.
 */
function useWarmFormats(timeZone: string, now: number) {
  useEffect(() => {
    const id = setTimeout(() => {
      const lastYear = now - 400 * 86_400_000;
      formatStart(now, timeZone, now);
      formatStart(lastYear, timeZone, now);
      formatEnd(now, now + 60_000, timeZone);
      formatShortDateTime(now, timeZone, now);
      formatShortDateTime(lastYear, timeZone, now);
      formatDateTime(now, timeZone);
    }, 0);
    return () => clearTimeout(id);
  }, [timeZone, now]);
}

/** The time-entry grid: the entry columns on the generic data table, with selection and sorting wired in. */
export function EntriesTable(props: Props) {
  const { rows, selection, view, personName, renderRowActions, onOpenTimeBlock, wholeRange, onSort, sort } =
    props;
  const [now] = useState(() => Date.now());
  const toggleRow = useRangeSelection(rows, selection);
  useWarmFormats(localTimeZone(), now);

  const cellEnv = useMemo<EntryCellEnv>(
    () => ({ view, timeZone: localTimeZone(), now, personName, onOpenTimeBlock, renderRowActions }),
    [view, now, personName, onOpenTimeBlock, renderRowActions],
  );
  let selectedShown = 0;
  // 200,000 look-ups on every render while a range streams in, unless nothing is selected.
  if (selection.count > 0) for (const r of rows) if (selection.has(r.id)) selectedShown++;
  const shown =
    rows.length > 0 && selectedShown === rows.length ? 'all' : selectedShown > 0 ? 'some' : 'none';
  const selectionEnv = useMemo<EntrySelectionEnv>(
    () => ({
      isSelected: selection.has,
      shown,
      selectAllLabel: wholeRange ? 'Select all matching entries' : 'Select all on this page',
      onToggleRow: toggleRow,
      onToggleAll: (selected) => selection.set(rows, selected),
    }),
    [selection, shown, wholeRange, toggleRow, rows],
  );

  const handleSort = useCallback((key: string) => onSort(nextSort(sort, key)), [onSort, sort]);
  const desc = sort.startsWith('-');
  const tableSort = useMemo(() => ({ key: desc ? sort.slice(1) : sort, desc }), [sort, desc]);
  const onRowToggle = useCallback((row: TimeEntryWithTask) => toggleRow(row, false), [toggleRow]);
  const isRowSelected = useCallback((row: TimeEntryWithTask) => selection.has(row.id), [selection]);
  const onRowsSelect = useCallback((rows: TimeEntryWithTask[]) => selection.set(rows, true), [selection]);
  const { onOpenEntry } = props;
  // `e` edits the focused row, as Enter does.
  const rowKeys = useMemo(() => ({ e: onOpenEntry }), [onOpenEntry]);

  return (
    <EntryCellContext.Provider value={cellEnv}>
      <EntrySelectionContext.Provider value={selectionEnv}>
        <DataTable
          label={view === 'archived' ? 'Archived time entries' : 'Time entries'}
          data={rows}
          columns={props.columns}
          columnVisibility={props.columnVisibility}
          getRowId={rowId}
          virtual={wholeRange}
          loading={props.loading}
          busy={props.refreshing}
          skeletonRows={props.skeletonRows}
          empty={props.empty}
          sort={tableSort}
          onSort={handleSort}
          onRowActivate={props.onOpenEntry}
          onRowToggle={onRowToggle}
          isRowSelected={isRowSelected}
          onRowsSelect={onRowsSelect}
          rowKeys={rowKeys}
          rowAttributes={rowAttributes}
          rowClassName={rowClassName}
          cards={
            props.cards
              ? { rowHeight: view === 'archived' ? CARD_HEIGHT + CARD_LINE : CARD_HEIGHT }
              : undefined
          }
        />
      </EntrySelectionContext.Provider>
    </EntryCellContext.Provider>
  );
}
