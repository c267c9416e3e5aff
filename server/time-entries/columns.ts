import type { TimeEntryType, timeEntry } from '../../contract/index.ts';

/** How a column's value is written in JSON: a number, a millisecond clock reading as ISO text, or a word. */
type Wire = 'int' | 'time' | 'word';

interface Column {
  /** Column of `time_entries`. */
  readonly column: string;
  /** Field of the contract's `timeEntry`. */
  readonly json: keyof typeof timeEntry.shape;
  readonly wire: Wire;
  readonly nullable: boolean;
  /** A field a client edits (PUT, PATCH); the server keeps the others. */
  readonly editable?: boolean;
}

/**
 * The entry's columns, in the order the store reads them: the select list, the row and tuple types, the
 * row mapping, the insert statement and the serializer's field names all come from this one table.
 */
export const ENTRY_COLUMN_TABLE = [
  { column: 'id', json: 'id', wire: 'int', nullable: false },
  { column: 'workspace_id', json: 'workspace_id', wire: 'int', nullable: false },
  { column: 'user_id', json: 'toggl_user_id', wire: 'int', nullable: false },
  { column: 'task_id', json: 'task_id', wire: 'int', nullable: true, editable: true },
  { column: 'type', json: 'type', wire: 'word', nullable: false, editable: true },
  { column: 'start_ms', json: 'start', wire: 'time', nullable: true, editable: true },
  { column: 'duration', json: 'duration', wire: 'int', nullable: true, editable: true },
  { column: 'time_block_id', json: 'time_block_id', wire: 'int', nullable: true, editable: true },
  { column: 'created_at', json: 'created_at', wire: 'time', nullable: false },
  { column: 'updated_at', json: 'updated_at', wire: 'time', nullable: false },
  { column: 'archived_at', json: 'archived_at', wire: 'time', nullable: true },
  { column: 'deleted_at', json: 'deleted_at', wire: 'time', nullable: true },
] as const satisfies readonly Column[];

type Columns = typeof ENTRY_COLUMN_TABLE;
type ColumnName = Columns[number]['column'];
type ValueOf<C> = C extends { wire: infer W; nullable: infer N }
  ? (W extends 'word' ? TimeEntryType : number) | (N extends true ? null : never)
  : never;

/** An entry as the store hands it around, named by column. */
export type EntryRow = { -readonly [C in Columns[number] as C['column']]: ValueOf<C> };

type Tuple<T extends readonly unknown[]> = { -readonly [I in keyof T]: ValueOf<T[I]> };
/** An entry row as SQLite answers it in raw mode: the values of ENTRY_COLUMNS in order. */
export type EntryTuple = Tuple<Columns>;

type Editable = Extract<Columns[number], { editable: true }>['column'];
/** The fields a client edits; everything else is kept by the server. */
export type EntryFields = Pick<EntryRow, Editable>;

// Every field of the contract's entry is written: one missing from the table fails to compile here.
type Unwritten = Exclude<keyof typeof timeEntry.shape, Columns[number]['json']>;
const _everyFieldWritten: [Unwritten] extends [never] ? true : Unwritten = true;

const NAMES: readonly ColumnName[] = ENTRY_COLUMN_TABLE.map((c) => c.column);

export const EDITABLE_COLUMNS = ENTRY_COLUMN_TABLE.flatMap((c) =>
  'editable' in c ? [c.column] : [],
) as readonly Editable[];

/** The select list, for `FROM time_entries e`. */
export const ENTRY_COLUMNS = NAMES.map((name) => `e.${name}`).join(', ');

/** Where `task_id` sits in a tuple, for splicing in the embedded task. */
export const TASK_ID_INDEX = NAMES.indexOf('task_id');

// Rows are read as arrays (half the cost of better-sqlite3's objects) and named here.
export function toRow(t: EntryTuple): EntryRow {
  const row: Record<string, unknown> = {};
  for (let i = 0; i < NAMES.length; i++) row[NAMES[i] as ColumnName] = t[i];
  return row as EntryRow;
}

export const toTuple = (row: EntryRow): EntryTuple => NAMES.map((name) => row[name]) as EntryTuple;
