import {
  columnVisibilityFeature,
  createColumnHelper,
  metaHelper,
  tableFeatures,
  type ColumnDef,
  type RowData,
} from '@tanstack/react-table';

/** What the generic table needs to know about a column besides its cells. */
export interface DataColumnMeta {
  /** The column's name in the column menu (and the header text when `header` is not a string). */
  label: string;
  /** Fixed width in px; leave out for the one column that takes the remaining space. */
  width?: number;
  align?: 'start' | 'end' | 'center';
  /** The sort key the header button asks for; a column without one is not sortable. */
  sortKey?: string;
  /** Cells of this column name their row (rendered as row headers). */
  rowHeader?: boolean;
  /** The header's text is for screen readers only (checkbox and menu columns). */
  hideHeaderText?: boolean;
  className?: string;
}

export const dataTableFeatures = tableFeatures({
  columnVisibilityFeature,
  columnMeta: metaHelper<DataColumnMeta>(),
});
export type DataTableFeatures = typeof dataTableFeatures;

// Columns hold heterogeneous value types; `any` here is the library's own convention for a column list.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type DataColumn<T extends RowData> = ColumnDef<DataTableFeatures, T, any>;

export const dataColumnHelper = <T extends RowData>() => createColumnHelper<DataTableFeatures, T>();

export interface SortState {
  key: string;
  desc: boolean;
}
