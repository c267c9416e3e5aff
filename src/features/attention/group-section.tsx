import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import type { RowData } from '@tanstack/react-table';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { DataTable } from '../../components/data-table/data-table.tsx';
import type { DataColumn } from '../../components/data-table/data-table-features.ts';
import { useSelection, type Selection } from '../../components/selection.ts';
import { GroupContext, type GroupEnv } from './attention-context.ts';
import type { GroupInfo } from './attention-groups.ts';
import type { TrimSide } from './detect/plan-trims.ts';
import type { Thresholds } from './detect/thresholds.ts';

/** Rows past this many scroll inside the group instead of growing the page. */
const VIRTUAL_FROM = 60;

export interface FixContext<T> {
  /** What the fix applies to: the selected rows, or every row shown when none is selected. */
  targets: readonly T[];
  selected: boolean;
  sideOf: (id: number) => TrimSide;
  setAllSides: (side: TrimSide) => void;
  defaultSide: TrimSide;
}

interface Props<T extends RowData & { id: number }> {
  info: GroupInfo;
  thresholds: Thresholds;
  rows: readonly T[];
  columns: DataColumn<T>[];
  /** The entries a row stands for: selecting the row selects them. */
  entriesOf: (row: T) => readonly TimeEntryWithTask[];
  rowLabel: (row: T) => string;
  /** What the group's filter box searches in a row. */
  searchText: (row: T) => string;
  fix?: (context: FixContext<T>) => ReactNode;
  renderSelectionBar: (selection: Selection<TimeEntryWithTask>) => ReactNode;
}

/** One kind of problem: what it is, how many, a suggested fix, and a filterable, selectable table. */
export function GroupSection<T extends RowData & { id: number }>(props: Props<T>) {
  const { info, rows, entriesOf } = props;
  const id = useId();
  const selection = useSelection<TimeEntryWithTask>();
  const [filter, setFilter] = useState('');
  const [sides, setSides] = useState<{ all: TrimSide; one: ReadonlyMap<number, TrimSide> }>({
    all: 'earlier',
    one: new Map(),
  });

  const shown = useMemo(() => {
    const words = filter.trim().toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return rows;
    return rows.filter((r) => {
      const text = props.searchText(r).toLowerCase();
      return words.every((w) => text.includes(w));
    });
  }, [rows, filter, props]);

  // Entries fixed elsewhere (or no longer in view) leave the selection.
  const { ids: selectedIds, replace } = selection;
  useEffect(() => {
    const present = new Map(rows.flatMap((r) => entriesOf(r).map((e) => [e.id, e] as const)));
    if ([...selectedIds].some((i) => !present.has(i))) {
      replace([...selectedIds].flatMap((i) => present.get(i) ?? []));
    }
  }, [rows, entriesOf, selectedIds, replace]);

  const isSelected = (row: T) => entriesOf(row).every((e) => selection.has(e.id));
  const selectedRows = shown.filter(isSelected);
  const env: GroupEnv = {
    isSelected: (row) => isSelected(row as T),
    toggle: (row) => selection.set(entriesOf(row as T), !isSelected(row as T)),
    shown: selectedRows.length === 0 ? 'none' : selectedRows.length === shown.length ? 'all' : 'some',
    toggleAll: (on) => selection.set(shown.flatMap(entriesOf), on),
    rowLabel: (row) => props.rowLabel(row as T),
    sideOf: (pairId) => sides.one.get(pairId) ?? sides.all,
    setSide: (pairId, side) => setSides((s) => ({ ...s, one: new Map(s.one).set(pairId, side) })),
  };
  const headingId = `${id}-heading`;

  return (
    <section id={`attention-${info.key}`} className="attention-group" aria-labelledby={headingId}>
      <header className="attention-group-header">
        <h2 id={headingId}>
          {info.title} <span className={`badge${rows.length ? ' warning' : ''} num`}>{rows.length}</span>
        </h2>
        <p className="muted">{info.explain(props.thresholds)}</p>
      </header>
      {rows.length === 0 ? (
        <p className="attention-none">Nothing here.</p>
      ) : (
        <GroupContext.Provider value={env}>
          <div className="attention-group-tools">
            {props.fix?.({
              targets: selectedRows.length ? selectedRows : shown,
              selected: selectedRows.length > 0,
              sideOf: env.sideOf,
              setAllSides: (all) => setSides({ all, one: new Map() }),
              defaultSide: sides.all,
            })}
            <div className="field attention-filter">
              <label htmlFor={`${id}-filter`}>Filter</label>
              <input
                id={`${id}-filter`}
                type="search"
                placeholder="Person or task"
                value={filter}
                onChange={(e) => setFilter(e.target.value)}
              />
            </div>
          </div>
          {selection.count > 0 && props.renderSelectionBar(selection)}
          <div className={`attention-table${shown.length > VIRTUAL_FROM ? ' is-scrolling' : ''}`}>
            <DataTable
              label={info.title}
              data={shown}
              columns={props.columns}
              columnVisibility={{}}
              getRowId={(r) => String(r.id)}
              virtual={shown.length > VIRTUAL_FROM}
              isRowSelected={isSelected}
              onRowToggle={(r) => env.toggle(r)}
              rowAttributes={(r) => ({ 'data-row-id': String(r.id) })}
              empty={<p className="muted">No row matches the filter.</p>}
            />
          </div>
        </GroupContext.Provider>
      )}
    </section>
  );
}
