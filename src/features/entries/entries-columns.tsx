import type { TimeEntryWithTask } from '../../../contract/index.ts';
import type { ColumnChoice } from '../../components/data-table/column-visibility-menu.tsx';
import { dataColumnHelper, type DataColumn } from '../../components/data-table/data-table-features.ts';
import { ActionsCell, SelectAllHeader, SelectCell, TimeBlockCell } from './entry-control-cells.tsx';
import {
  ArchivedCell,
  ClientCell,
  CreatedCell,
  DurationCell,
  EndCell,
  IdCell,
  PersonCell,
  ProjectCell,
  StartCell,
  StatusCell,
  TagsCell,
  TaskCell,
  TypeCell,
  UpdatedCell,
} from './entry-cells.tsx';

const col = dataColumnHelper<TimeEntryWithTask>();

/** Ids of columns hidden until a person shows them (the table must fit 1440px with room for the task). */
export const DEFAULT_HIDDEN: Record<string, boolean> = { client: false, tags: false, created: false };

/** The archived view adds its Archived date; Last updated makes way for it, so both views fit 1440px. */
export const defaultHidden = (view: 'active' | 'archived'): Record<string, boolean> =>
  view === 'archived' ? { ...DEFAULT_HIDDEN, updated: false } : DEFAULT_HIDDEN;

/** What an entry card shows on a narrow screen, whatever columns the wide table has. */
const CARD_FIELDS = [
  'select',
  'start',
  'duration',
  'task',
  'person',
  'type',
  'status',
  'archived',
  'actions',
];
export const CARD_VISIBILITY: Record<string, boolean> = Object.fromEntries(
  ['id', 'end', 'project', 'client', 'tags', 'block', 'updated', 'created'].map((id) => [id, false]),
);
export const isCardField = (id: string) => CARD_FIELDS.includes(id);

/**
 * The entry table's columns. They depend only on the view, so they are built once per view: cells
 * read what changes (selection, names) from context instead of from closures.
 */
export function entriesColumns(
  view: 'active' | 'archived',
  withActions: boolean,
  startWidth = 150,
): DataColumn<TimeEntryWithTask>[] {
  const columns: DataColumn<TimeEntryWithTask>[] = [
    col.display({
      id: 'select',
      header: SelectAllHeader,
      cell: SelectCell,
      enableHiding: false,
      // Stays in view while the table scrolls sideways, as the row menu does.
      meta: { label: 'Select', width: 36, align: 'center', className: 'dt-sticky-start' },
    }),
    col.display({
      id: 'id',
      header: 'ID',
      cell: IdCell,
      enableHiding: false,
      meta: { label: 'ID', width: 62, rowHeader: true, align: 'end' },
    }),
    col.display({
      id: 'start',
      header: 'Start',
      cell: StartCell,
      enableHiding: false,
      // Measured for the longest date of the person's locale: the value people come to fix is never cut.
      meta: { label: 'Start', width: startWidth, sortKey: 'start' },
    }),
    col.display({ id: 'end', header: 'End', cell: EndCell, meta: { label: 'End', width: 90 } }),
    col.display({
      id: 'duration',
      header: 'Duration',
      cell: DurationCell,
      enableHiding: false,
      meta: { label: 'Duration', width: 76, align: 'end' },
    }),
    ...(view === 'archived'
      ? [
          // Next to Start: the date this view is about stays in sight on every width that shows a table.
          col.display({
            id: 'archived',
            header: 'Archived',
            cell: ArchivedCell,
            enableHiding: false,
            meta: { label: 'Archived', width: 132 },
          }),
        ]
      : []),
    col.display({
      id: 'task',
      header: 'Task',
      cell: TaskCell,
      enableHiding: false,
      meta: { label: 'Task', sortKey: 'task_id' },
    }),
    col.display({
      id: 'project',
      header: 'Project',
      cell: ProjectCell,
      meta: { label: 'Project', width: 150 },
    }),
    col.display({ id: 'client', header: 'Client', cell: ClientCell, meta: { label: 'Client', width: 140 } }),
    col.display({ id: 'status', header: 'Status', cell: StatusCell, meta: { label: 'Status', width: 120 } }),
    col.display({ id: 'tags', header: 'Tags', cell: TagsCell, meta: { label: 'Tags', width: 160 } }),
    col.display({ id: 'person', header: 'Person', cell: PersonCell, meta: { label: 'Person', width: 132 } }),
    col.display({ id: 'type', header: 'Type', cell: TypeCell, meta: { label: 'Type', width: 76 } }),
    col.display({
      id: 'block',
      header: 'Time block',
      cell: TimeBlockCell,
      meta: { label: 'Time block', width: 94 },
    }),
    col.display({
      id: 'updated',
      header: 'Last updated',
      cell: UpdatedCell,
      meta: { label: 'Last updated', width: 142, sortKey: 'updated_at' },
    }),
    col.display({
      id: 'created',
      header: 'Created',
      cell: CreatedCell,
      meta: { label: 'Created', width: 126, sortKey: 'created_at' },
    }),
  ];
  if (withActions) {
    columns.push(
      col.display({
        id: 'actions',
        header: 'Actions',
        cell: ActionsCell,
        enableHiding: false,
        meta: {
          label: 'Actions',
          width: 48,
          align: 'center',
          hideHeaderText: true,
          className: 'dt-sticky-end',
        },
      }),
    );
  }
  // Each cell names its column, so an entry card can place it (entries-cards.css).
  return columns.map((c) => ({
    ...c,
    meta: c.meta && {
      ...c.meta,
      className: [`col-${c.id}`, c.meta.className].filter(Boolean).join(' '),
    },
  }));
}

/** The columns a person can show or hide, read off the real column list so the menu never drifts from it. */
export function columnChoices(columns: readonly DataColumn<TimeEntryWithTask>[]): ColumnChoice[] {
  return columns.map((c) => ({
    id: c.id ?? '',
    label: c.meta?.label ?? c.id ?? '',
    canHide: c.enableHiding !== false,
  }));
}
