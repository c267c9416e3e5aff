import { ByteWriter, asciiBytes, type ByteString } from '../http/byte-writer.ts';
import type { TaskBytes } from '../tasks/cache.ts';
import { ENTRY_COLUMN_TABLE, TASK_ID_INDEX, toTuple, type EntryRow, type EntryTuple } from './columns.ts';
import { writeIsoTime } from './iso-time.ts';

const INT = 0;
const TIME = 1;
const WORD = 2;
const WIRE = { int: INT, time: TIME, word: WORD } as const;

/** `{"id":`, `,"workspace_id":`, …: each field's name with what goes before it, as bytes. */
const KEYS = ENTRY_COLUMN_TABLE.map((c, i) => asciiBytes(`${i === 0 ? '{' : ','}"${c.json}":`));
const KINDS = ENTRY_COLUMN_TABLE.map((c) => WIRE[c.wire]);
const FIELDS = KEYS.length;
const NULL = asciiBytes('null');
const EMBEDDED = asciiBytes(',"task":');

/**
 * Writes one entry, from its column values in ENTRY_COLUMNS order, straight as bytes: it runs for every
 * row of a 100,000-row stream and every page. Every value is a number, null, an ISO date or a `type` the
 * schema limits to two words, so the text is ASCII and needs no escaping. With `tasks`, its `task` is
 * spliced in from the pre-encoded task JSON.
 */
export function writeEntry(out: ByteWriter, t: EntryTuple, tasks?: TaskBytes): void {
  const values: readonly (number | string | null)[] = t;
  for (let i = 0; i < FIELDS; i++) {
    out.constant(KEYS[i] as Uint8Array);
    const value = values[i] ?? null;
    if (value === null) {
      out.constant(NULL);
      continue;
    }
    switch (KINDS[i]) {
      case INT:
        out.int(value as number);
        break;
      case TIME:
        out.byte(34);
        writeIsoTime(out, value as number);
        out.byte(34);
        break;
      default:
        out
          .byte(34)
          .shortAscii(value as string)
          .byte(34);
    }
  }
  if (tasks) {
    const taskId = values[TASK_ID_INDEX] as number | null;
    out.constant(EMBEDDED).bytes((taskId === null ? undefined : tasks.get(taskId)) ?? NULL);
  }
  out.byte(125); // }
}

/** Bodies are written synchronously, one at a time, so one writer serves them all. */
const bodyWriter = new ByteWriter();

/** One entry, for the single-entry answers. */
export function entryJson(r: EntryRow): ByteString {
  bodyWriter.clear();
  writeEntry(bodyWriter, toTuple(r));
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
