import { TZDate } from '@date-fns/tz';
import type { TimeEntry } from '../../../../contract/index.ts';
import { planBulkEdit, type PlannedChange } from '../../../lib/bulk-plan.ts';
import { dayKey, localTimeZone } from '../../../lib/dates.ts';

/** Where a running entry is stopped. */
export type StopAt =
  /** Its start plus the person's median entry length that day (or over the whole range, failing that). */
  | { kind: 'typical' }
  /** A wall-clock time on the day it started, in minutes after midnight. */
  | { kind: 'clock'; minutes: number }
  /** One instant for every entry. */
  | { kind: 'instant'; ms: number };

const DAY = 86_400_000;

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const formatClock = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/**
 * Stops running entries by setting their duration (a PATCH, as any client would stop a timer). `all` is
 * every entry in view: the typical length is read from the same person's finished entries.
 */
export function planStops<E extends TimeEntry>(
  running: readonly E[],
  all: readonly TimeEntry[],
  at: StopAt,
  options: { now?: number; timeZone?: string } = {},
): PlannedChange<E>[] {
  const timeZone = options.timeZone ?? localTimeZone();
  const people = new Set(running.map((e) => e.toggl_user_id));
  const finishedOf = new Map<number, { start: number; duration: number }[]>();
  for (const e of all) {
    if (!people.has(e.toggl_user_id) || !e.start || !e.duration) continue;
    let list = finishedOf.get(e.toggl_user_id);
    if (!list) finishedOf.set(e.toggl_user_id, (list = []));
    list.push({ start: Date.parse(e.start), duration: e.duration });
  }

  return running.map((entry) => {
    const problems: string[] = [];
    const warnings: string[] = [];
    const start = entry.start ? Date.parse(entry.start) : NaN;
    let stop: number | undefined;
    if (Number.isNaN(start)) problems.push('has no start time');
    else if (entry.duration !== null && entry.duration !== undefined) problems.push('is not running');
    else if (at.kind === 'instant') stop = at.ms;
    else if (at.kind === 'clock') {
      const d = new TZDate(start, timeZone);
      stop = new TZDate(
        d.getFullYear(),
        d.getMonth(),
        d.getDate(),
        Math.floor(at.minutes / 60),
        at.minutes % 60,
        timeZone,
      ).getTime();
    } else {
      const mine = finishedOf.get(entry.toggl_user_id) ?? [];
      const day = dayKey(start, timeZone);
      // Only entries within a day either side can share the local day; the rest need no formatting.
      const sameDay = mine.filter(
        (f) => Math.abs(f.start - start) < DAY && dayKey(f.start, timeZone) === day,
      );
      let typical = median(sameDay.map((f) => f.duration));
      if (typical === undefined) {
        typical = median(mine.map((f) => f.duration));
        if (typical !== undefined)
          warnings.push('no other entries that day: uses the typical length over the range');
      }
      if (typical === undefined)
        problems.push('no finished entries of this person to take a length from: type a time');
      else stop = start + Math.round(typical) * 1000;
    }
    if (stop !== undefined && stop <= start) {
      problems.push(
        at.kind === 'clock'
          ? `${formatClock(at.minutes)} is not after it started`
          : 'the stop time is not after it started',
      );
    }
    const edit = problems.length || stop === undefined ? {} : { duration: Math.round((stop - start) / 1000) };
    const [planned] = planBulkEdit([entry], edit, { ...options, timeZone });
    const allProblems = [...problems, ...(planned?.problems ?? [])];
    return {
      entry,
      changes: allProblems.length ? [] : (planned?.changes ?? []),
      patch: allProblems.length ? null : (planned?.patch ?? null),
      problems: allProblems,
      warnings: [...warnings, ...(planned?.warnings ?? [])],
    };
  });
}
