import { ByteWriter, asciiBytes, type ByteString } from '../http/byte-writer.ts';
import type { TaskBytes } from '../tasks/cache.ts';
import { writeIsoTime } from './iso-time.ts';
import type { EntryRow, EntryTuple } from './store.ts';

const key = asciiBytes;
const K = {
  id: key('{"id":'),
  workspace: key(',"workspace_id":'),
  user: key(',"toggl_user_id":'),
  task: key(',"task_id":'),
  type: key(',"type":"'),
  start: key('","start":'),
  duration: key(',"duration":'),
  block: key(',"time_block_id":'),
  created: key(',"created_at":'),
  updated: key(',"updated_at":'),
  archived: key(',"archived_at":'),
  deleted: key(',"deleted_at":'),
  embedded: key(',"task":'),
  null: key('null'),
};

const int = (out: ByteWriter, n: number | null) => (n === null ? out.constant(K.null) : out.int(n));
function iso(out: ByteWriter, ms: number | null): void {
  if (ms === null) {
    out.constant(K.null);
    return;
  }
  out.byte(34);
  writeIsoTime(out, ms);
  out.byte(34);
}

/**
 * Writes one entry, from its column values in ENTRY_COLUMNS order, straight as bytes: it runs for every
 * row of a 100,000-row stream and every page. Every value is a number, null, an ISO date or a `type` the
 * schema limits to two words, so the text is ASCII and needs no escaping. With `tasks`, its `task` is
 * spliced in from the pre-encoded task JSON.
 */
export function writeEntry(out: ByteWriter, t: EntryTuple, tasks?: TaskBytes): void {
  out.constant(K.id).int(t[0]).constant(K.workspace).int(t[1]).constant(K.user).int(t[2]).constant(K.task);
  int(out, t[3]);
  out.constant(K.type).shortAscii(t[4]).constant(K.start);
  iso(out, t[5]);
  out.constant(K.duration);
  int(out, t[6]);
  out.constant(K.block);
  int(out, t[7]);
  out.constant(K.created);
  iso(out, t[8]);
  out.constant(K.updated);
  iso(out, t[9]);
  out.constant(K.archived);
  iso(out, t[10]);
  out.constant(K.deleted);
  iso(out, t[11]);
  if (tasks) out.constant(K.embedded).bytes((t[3] === null ? undefined : tasks.get(t[3])) ?? K.null);
  out.byte(125); // }
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

/** Bodies are written synchronously, one at a time, so one writer serves them all. */
const bodyWriter = new ByteWriter();

/** One entry, for the single-entry answers. */
export function entryJson(r: EntryRow): ByteString {
  bodyWriter.clear();
  writeEntry(bodyWriter, tuple(r));
  return bodyWriter.takeString();
}

/** `{"data":[...],"page":…,"per_page":…}` */
export function pageBytes(
  rows: readonly EntryTuple[],
  page: number,
  perPage: number,
  tasks?: TaskBytes,
): ByteString {
  const out = bodyWriter;
  out.clear();
  out.ascii('{"data":[');
  rows.forEach((row, i) => {
    if (i > 0) out.ascii(',');
    writeEntry(out, row, tasks);
  });
  out.ascii(`],"page":${page},"per_page":${perPage}}`);
  return out.takeString();
}
