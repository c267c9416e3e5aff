import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { toCsv } from '../../lib/csv.ts';
import { formatSpreadsheetDateTime } from '../../lib/dates.ts';
import { taskName } from '../../lib/display-names.ts';
import { formatDecimalHours, formatDuration } from '../../lib/format-duration.ts';
import { endMs, isRunning, startMs, trackedSeconds } from './entry-facts.ts';

interface Options {
  timeZone: string;
  now: number;
  personName: (userId: number) => string;
}

const local = (iso: string | null | undefined, timeZone: string) => {
  const ms = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(ms) ? '' : formatSpreadsheetDateTime(ms, timeZone);
};

/**
 * Every entry as one CSV row, times on the local clock of `timeZone` (ISO 8601 dates, the zone named in
 * the headers) plus the UTC start the API gave (RFC 3339), so a row stays unambiguous in the repeated
 * hour of a DST change. The last column names its format too, so no two headers are the same even when
 * the local zone is UTC.
 */
export function entriesCsv(entries: readonly TimeEntryWithTask[], o: Options): string {
  const header = [
    'ID',
    `Start (${o.timeZone})`,
    `End (${o.timeZone})`,
    'Duration (h:mm:ss)',
    'Duration (hours)',
    'Running',
    'Task',
    'Project',
    'Client',
    'Status',
    'Tags',
    'Person',
    'Type',
    'Time block',
    `Created (${o.timeZone})`,
    `Updated (${o.timeZone})`,
    `Archived (${o.timeZone})`,
    'Start (UTC, RFC 3339)',
  ];
  const rows = entries.map((e) => {
    const start = startMs(e);
    const end = endMs(e);
    const seconds = trackedSeconds(e, o.now);
    const task = e.task;
    return [
      e.id,
      start === null ? '' : formatSpreadsheetDateTime(start, o.timeZone),
      end === null ? '' : formatSpreadsheetDateTime(end, o.timeZone),
      formatDuration(seconds, 'h:mm:ss'),
      formatDecimalHours(seconds),
      isRunning(e) ? 'yes' : '',
      taskName(e.task_id, task?.name),
      task?.project?.name ?? '',
      task?.client?.name ?? task?.project?.client?.name ?? '',
      task?.status?.name ?? '',
      (task?.tags ?? []).map((t) => t.name).join('; '),
      o.personName(e.toggl_user_id),
      e.type,
      e.time_block_id ?? '',
      local(e.created_at, o.timeZone),
      local(e.updated_at, o.timeZone),
      local(e.archived_at, o.timeZone),
      e.start ?? '',
    ];
  });
  return toCsv(header, rows);
}

/** Saves text as a file through a temporary link (no server round trip, nothing kept in memory after). */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8') {
  // The byte-order mark makes Excel read the file as UTF-8 (names with accents, status emoji).
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
