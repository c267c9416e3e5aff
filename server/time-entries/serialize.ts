import { ByteWriter } from '../http/byte-writer.ts';
import type { TaskBytes } from '../tasks/cache.ts';
import { isoTime } from './iso-time.ts';
import type { EntryRow, EntryTuple } from './store.ts';

const iso = (ms: number | null): string => (ms === null ? 'null' : `"${isoTime(ms)}"`);
const num = (n: number | null): string => (n === null ? 'null' : String(n));

/**
 * An entry as the API returns it, from its column values in ENTRY_COLUMNS order, without the closing
 * brace. Written by hand because it runs for every row of a 100,000-row stream; every value is a number,
 * null, an ISO date or a `type` the schema limits to two words, so the text is ASCII and needs no escaping.
 */
function fields(t: EntryTuple): string {
  return (
    `{"id":${t[0]},"workspace_id":${t[1]},"toggl_user_id":${t[2]},"task_id":${num(t[3])},` +
    `"type":"${t[4]}","start":${iso(t[5])},"duration":${num(t[6])},` +
    `"time_block_id":${num(t[7])},"created_at":${iso(t[8])},"updated_at":${iso(t[9])},` +
    `"archived_at":${iso(t[10])},"deleted_at":${iso(t[11])}`
  );
}

const tuple = (r: EntryRow): EntryTuple => [
  r.id,
  r.workspace_id,
  r.user_id,
  r.task_id,
  r.type,
  r.start_ms,
  r.duration,
  r.time_block_id,
  r.created_at,
  r.updated_at,
  r.archived_at,
  r.deleted_at,
];

/** One entry, for the single-entry answers. */
export const entryJson = (r: EntryRow): string => `${fields(tuple(r))}}`;

const NULL_TASK = Buffer.from('null');

/** Writes one entry; with `tasks`, its `task` is spliced in from the pre-encoded task JSON. */
export function writeEntry(out: ByteWriter, t: EntryTuple, tasks?: TaskBytes): void {
  out.ascii(fields(t));
  if (tasks) out.ascii(',"task":').bytes((t[3] === null ? undefined : tasks.get(t[3])) ?? NULL_TASK);
  out.ascii('}');
}

/** Pages are written synchronously, one at a time, so one writer serves them all. */
const pageWriter = new ByteWriter();

/** `{"data":[...],"page":…,"per_page":…}` */
export function pageBytes(
  rows: readonly EntryTuple[],
  page: number,
  perPage: number,
  tasks?: TaskBytes,
): Buffer {
  const out = pageWriter;
  out.clear();
  out.ascii('{"data":[');
  rows.forEach((row, i) => {
    if (i > 0) out.ascii(',');
    writeEntry(out, row, tasks);
  });
  out.ascii(`],"page":${page},"per_page":${perPage}}`);
  return out.copyOut();
}
