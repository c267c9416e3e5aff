import type { OrderByField, OrderByKey, TimeEntry } from '../../../contract/index.ts';
import { extendsRows } from './growing-rows.ts';

export type EntrySort = OrderByKey;

const time = (v: string | null | undefined) => {
  if (!v) return Number.NEGATIVE_INFINITY;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
};

// One sort key per contract field: a field added to the contract does not compile until it sorts here too.
const keyOf: Record<OrderByField, (e: TimeEntry) => number> = {
  start: (e) => time(e.start),
  task_id: (e) => e.task_id ?? Number.NEGATIVE_INFINITY,
  created_at: (e) => time(e.created_at),
  updated_at: (e) => time(e.updated_at),
};

/**
 * Sorts loaded entries the way the API orders a page (`order_by`), so the whole-range view and the
 * paged view agree: by the field, then by id in the same direction; missing values sort first
 * ascending and last descending, as SQLite puts NULLs.
 */
export function sortEntries<T extends TimeEntry>(entries: readonly T[], sort: EntrySort): T[] {
  const desc = sort.startsWith('-');
  const field = (desc ? sort.slice(1) : sort) as OrderByField;
  if (field !== 'task_id' && inOrderByText(entries, field, desc ? -1 : 1)) return entries.slice();
  const key = keyOf[field];
  // Keys are computed once per entry: parsing dates inside the comparator would parse 50,000 entries ~16 times each.
  const keys = new Float64Array(entries.length);
  const order = new Uint32Array(entries.length);
  for (let i = 0; i < entries.length; i++) {
    keys[i] = key(entries[i] as T);
    order[i] = i;
  }
  const dir = desc ? -1 : 1;
  // The stream arrives in the API's `-start` order; re-sorting 50,000 rows that are in order already is waste.
  let sorted = true;
  for (let i = 1; i < entries.length && sorted; i++) {
    const ka = keys[i - 1] as number;
    const kb = keys[i] as number;
    sorted =
      ka === kb ? ((entries[i - 1] as T).id - (entries[i] as T).id) * dir < 0 : (ka < kb ? -dir : dir) < 0;
  }
  if (sorted) return entries.slice();
  order.sort((a, b) => {
    const ka = keys[a] as number;
    const kb = keys[b] as number;
    if (ka !== kb) return ka < kb ? -dir : dir;
    return ((entries[a] as T).id - (entries[b] as T).id) * dir;
  });
  return Array.from(order, (i) => entries[i] as T);
}

/**
 * Whether entries are in order already, read from their date texts without parsing them: UTC stamps of
 * one width (`2026-11-30T09:00:00.000Z`, as the API writes them) sort as text the way they sort in time.
 * A missing or differently written stamp answers "not known", and the caller parses. Entries before
 * `from` are taken as checked already (the one just before it is still compared with it).
 */
function inOrderByText(
  entries: readonly TimeEntry[],
  field: 'start' | 'created_at' | 'updated_at',
  dir: number,
  from = 0,
) {
  const width = entries[0]?.[field]?.length ?? 0;
  for (let i = from; i < entries.length; i++) {
    const v = (entries[i] as TimeEntry)[field];
    if (!v || v.length !== width || v.charCodeAt(width - 1) !== 90 /* Z */ || v.charCodeAt(4) !== 45 /* - */)
      return false;
    if (i === 0) continue;
    const prev = (entries[i - 1] as TimeEntry)[field] as string;
    if (prev === v) {
      if (((entries[i - 1] as TimeEntry).id - (entries[i] as TimeEntry).id) * dir >= 0) return false;
    } else if ((prev < v ? -dir : dir) >= 0) return false;
  }
  return true;
}

/**
 * Whether a growing list is in the stream's own order (`-start`), checked a batch at a time: while a
 * range streams in, each update checks only the rows it added, so the finished list is known to be in
 * order without a pass over all of it in the one task that shows it. A list that is not the last one
 * with rows added (an edit replaced a row, another range) is checked from its start.
 */
export class StreamOrderCheck {
  private rows: readonly TimeEntry[] = [];
  private inOrder = true;

  check(rows: readonly TimeEntry[]): boolean {
    const grown = extendsRows(rows, this.rows);
    if (grown && !this.inOrder) {
      this.rows = rows;
      return false;
    }
    this.inOrder = inOrderByText(rows, 'start', -1, grown ? this.rows.length : 0);
    this.rows = rows;
    return this.inOrder;
  }
}

/** `entries` in `sort`'s order, without a pass over them when `order` knows them to be in it. */
export function sortWithCheck<T extends TimeEntry>(
  entries: readonly T[],
  sort: EntrySort,
  order: StreamOrderCheck,
): T[] {
  // The list is handed on as it is: nothing downstream changes it (sortEntries returns a copy only for
  // its callers that might).
  return sort === STREAM_ORDER && order.check(entries) ? (entries as T[]) : sortEntries(entries, sort);
}

/** The order the stream is requested in (the API's own sort, ties by id the same way as sortEntries). */
export const STREAM_ORDER = '-start';

/** Which way a header click goes: a new column starts newest-first (dates) or ascending (task); the same column flips. */
export function nextSort(current: EntrySort, field: string): EntrySort {
  const currentField = current.replace(/^-/, '');
  if (currentField === field) return (current.startsWith('-') ? field : `-${field}`) as EntrySort;
  return (field === 'task_id' ? field : `-${field}`) as EntrySort;
}
