import { FlexRender, type RowData, type Table } from '@tanstack/react-table';
import type { KeyboardEvent } from 'react';
import type { DataTableFeatures, SortState } from './data-table-features.ts';

interface Props<T extends RowData> {
  table: Pick<Table<DataTableFeatures, T>, 'getHeaderGroups'>;
  sort?: SortState | undefined;
  onSort?: ((key: string) => void) | undefined;
  /** Arrow keys between the headers (the table is one tab stop, so its headers leave the Tab order). */
  onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>) => void;
}

/** Sticky column headers; a sortable column's header is a button that says which way it sorts. */
export function DataTableHeader<T extends RowData>({ table, sort, onSort, onKeyDown }: Props<T>) {
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id} onKeyDown={onKeyDown}>
          {group.headers.map((header) => {
            const meta = header.column.columnDef.meta;
            const key = meta?.sortKey;
            const active = key !== undefined && sort?.key === key;
            const direction = active ? (sort.desc ? 'descending' : 'ascending') : undefined;
            const className = [meta?.align ? `dt-${meta.align}` : '', meta?.className ?? ''].join(' ').trim();
            const content = header.isPlaceholder ? null : <FlexRender header={header} />;
            return (
              <th
                key={header.id}
                scope="col"
                aria-sort={direction}
                className={className || undefined}
                tabIndex={-1}
              >
                {key && onSort ? (
                  <button
                    type="button"
                    className="dt-sort"
                    data-active={active || undefined}
                    tabIndex={-1}
                    onClick={() => onSort(key)}
                  >
                    <span>{content}</span>
                    <SortIcon direction={direction} />
                  </button>
                ) : meta?.hideHeaderText ? (
                  <span className="dt-sr-only">{content}</span>
                ) : (
                  content
                )}
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}

function SortIcon({ direction }: { direction: 'ascending' | 'descending' | undefined }) {
  return (
    <svg className="dt-sort-icon" width="10" height="12" viewBox="0 0 10 12" aria-hidden>
      <path d="M5 1 9 5H1z" opacity={direction === 'descending' ? 0.25 : direction ? 1 : 0.35} />
      <path d="M5 11 1 7h8z" opacity={direction === 'ascending' ? 0.25 : direction ? 1 : 0.35} />
    </svg>
  );
}
