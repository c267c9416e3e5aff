import { FlexRender, type Row, type RowData } from '@tanstack/react-table';
import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import type { DataTableFeatures } from './data-table-features.ts';

export interface RowHandlers<T> {
  click: (event: MouseEvent<HTMLTableRowElement>, index: number, row: T) => void;
  keyDown: (event: KeyboardEvent<HTMLTableRowElement>, index: number) => void;
  focus: (index: number) => void;
}

interface Props<T extends RowData> {
  row: Row<DataTableFeatures, T>;
  index: number;
  tabbable: boolean;
  selected: boolean | undefined;
  className: string | undefined;
  attributes: Record<string, string | undefined> | undefined;
  /** The column definitions and which of them show: a row re-renders when either changes. */
  columns: unknown;
  visibleKey: string;
  handlers: RowHandlers<T>;
}

function DataTableRowImpl<T extends RowData>({
  row,
  index,
  tabbable,
  selected,
  className,
  attributes,
  handlers,
}: Props<T>) {
  return (
    <tr
      data-index={index}
      aria-rowindex={index + 2}
      aria-selected={selected}
      tabIndex={tabbable ? 0 : -1}
      className={className}
      onFocus={(e) => {
        if (e.target === e.currentTarget) handlers.focus(index);
      }}
      onKeyDown={(e) => handlers.keyDown(e, index)}
      onClick={(e) => handlers.click(e, index, row.original)}
      {...attributes}
    >
      {row.getVisibleCells().map((cell) => {
        const meta = cell.column.columnDef.meta;
        const cls =
          [meta?.align ? `dt-${meta.align}` : '', meta?.className ?? ''].join(' ').trim() || undefined;
        return meta?.rowHeader ? (
          <th key={cell.id} scope="row" className={cls} tabIndex={-1}>
            <FlexRender cell={cell} />
          </th>
        ) : (
          <td key={cell.id} className={cls} tabIndex={-1}>
            <FlexRender cell={cell} />
          </td>
        );
      })}
    </tr>
  );
}

/**
 * One body row. While scrolling, the table's row objects are rebuilt for every new window of rows,
 * but a row whose data, position and state did not change skips rendering: only the rows that scroll
 * in cost anything. (Cells that read changing context, such as selection, still update.)
 */
export const DataTableRow = memo(
  DataTableRowImpl,
  (a, b) =>
    a.row.original === b.row.original &&
    a.index === b.index &&
    a.tabbable === b.tabbable &&
    a.selected === b.selected &&
    a.className === b.className &&
    a.columns === b.columns &&
    a.visibleKey === b.visibleKey &&
    a.handlers === b.handlers,
) as typeof DataTableRowImpl;
