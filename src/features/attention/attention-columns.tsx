import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { dataColumnHelper, type DataColumn } from '../../components/data-table/data-table-features.ts';
import {
  CopiesCell,
  CopiesPersonCell,
  CopiesSpanCell,
  CopiesTaskCell,
  DurationCell,
  EarlierCell,
  FutureCell,
  IdCell,
  LaterCell,
  OverlapCell,
  PairPersonCell,
  PersonCell,
  SelectCell,
  SelectHeader,
  SideCell,
  SpanCell,
  TaskCell,
} from './attention-cells.tsx';
import type { DuplicateRow, OverlapRow } from './attention-groups.ts';

const entry = dataColumnHelper<TimeEntryWithTask>();
const pair = dataColumnHelper<OverlapRow<TimeEntryWithTask>>();
const copies = dataColumnHelper<DuplicateRow<TimeEntryWithTask>>();
const selectMeta = { label: 'Select', width: 36, align: 'center' as const, hideHeaderText: true };

// Built once: a cell renderer is a component type, and a new one would remount every cell.
export const ENTRY_COLUMNS: DataColumn<TimeEntryWithTask>[] = [
  entry.display({ id: 'select', header: SelectHeader, cell: SelectCell, meta: selectMeta }),
  entry.display({
    id: 'id',
    header: 'Entry',
    cell: IdCell,
    meta: { label: 'Entry', width: 76, rowHeader: true },
  }),
  entry.display({ id: 'person', header: 'Person', cell: PersonCell, meta: { label: 'Person', width: 140 } }),
  entry.display({ id: 'task', header: 'Task', cell: TaskCell, meta: { label: 'Task' } }),
  entry.display({ id: 'when', header: 'When', cell: SpanCell, meta: { label: 'When', width: 230 } }),
  entry.display({
    id: 'duration',
    header: 'Duration',
    cell: DurationCell,
    meta: { label: 'Duration', width: 120, align: 'end' },
  }),
];

export const FUTURE_COLUMNS: DataColumn<TimeEntryWithTask>[] = [
  ...ENTRY_COLUMNS,
  entry.display({ id: 'ahead', header: 'Starts', cell: FutureCell, meta: { label: 'Starts', width: 150 } }),
];

export const OVERLAP_COLUMNS: DataColumn<OverlapRow<TimeEntryWithTask>>[] = [
  pair.display({ id: 'select', header: SelectHeader, cell: SelectCell, meta: selectMeta }),
  pair.display({
    id: 'person',
    header: 'Person',
    cell: PairPersonCell,
    meta: { label: 'Person', width: 130 },
  }),
  pair.display({
    id: 'earlier',
    header: 'Earlier entry',
    cell: EarlierCell,
    meta: { label: 'Earlier entry' },
  }),
  pair.display({
    id: 'later',
    header: 'Later entry',
    cell: LaterCell,
    meta: { label: 'Later entry', width: 330, rowHeader: true },
  }),
  pair.display({
    id: 'overlap',
    header: 'Overlap',
    cell: OverlapCell,
    meta: { label: 'Overlap', width: 76, align: 'end' },
  }),
  pair.display({ id: 'side', header: 'Fix', cell: SideCell, meta: { label: 'Fix', width: 190 } }),
];

export const DUPLICATE_COLUMNS: DataColumn<DuplicateRow<TimeEntryWithTask>>[] = [
  copies.display({ id: 'select', header: SelectHeader, cell: SelectCell, meta: selectMeta }),
  copies.display({
    id: 'person',
    header: 'Person',
    cell: CopiesPersonCell,
    meta: { label: 'Person', width: 140 },
  }),
  copies.display({ id: 'task', header: 'Task', cell: CopiesTaskCell, meta: { label: 'Task' } }),
  copies.display({ id: 'when', header: 'When', cell: CopiesSpanCell, meta: { label: 'When', width: 230 } }),
  copies.display({
    id: 'copies',
    header: 'Entries',
    cell: CopiesCell,
    meta: { label: 'Entries', width: 200, rowHeader: true },
  }),
];
