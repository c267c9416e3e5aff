import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import {
  BULK_LIMIT,
  describeIssues,
  patchEntryBody,
  type BulkCreateBody,
  type BulkPatchItem,
  type TimeEntry,
  type TimeEntryType,
} from '../../contract/index.ts';
import { calendarDayDiff, dayKey, localTimeZone } from './dates.ts';

/** A signed move of an entry's start: whole local days (so 09:00 stays 09:00 across DST), then exact time. */
export interface Shift {
  days: number;
  ms: number;
}

export type ShiftParse = { ok: true; shift: Shift; label: string } | { ok: false; error: string };

const SHIFT_UNITS: Record<string, 'd' | 'h' | 'm'> = {
  d: 'd',
  day: 'd',
  days: 'd',
  h: 'h',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  m: 'm',
  min: 'm',
  mins: 'm',
  minute: 'm',
  minutes: 'm',
};
const SHIFT_HINT = 'Use a signed amount such as +1h, -15m, +1 day or -1h 30m.';

/** Reads `+1h`, `−15m`, `+1 day`, `-1d 2h 30m`, `+0:45`. The sign covers the whole amount. */
export function parseShift(input: string): ShiftParse {
  let text = input
    .trim()
    .toLowerCase()
    .replace(/\u2212/g, '-');
  if (text === '') return { ok: false, error: `Enter an amount. ${SHIFT_HINT}` };
  let sign = 1;
  if (text.startsWith('-') || text.startsWith('+')) {
    sign = text.startsWith('-') ? -1 : 1;
    text = text.slice(1).trim();
  }
  let days = 0;
  let minutes = 0;
  const clock = /^(\d{1,4}):([0-5]\d)$/.exec(text);
  if (clock) {
    minutes = Number(clock[1]) * 60 + Number(clock[2]);
  } else {
    const part = /(\d+)\s*([a-z]+)\s*/gy;
    const seen = new Set<string>();
    let at = 0;
    let m: RegExpExecArray | null;
    while ((m = part.exec(text))) {
      const unit = SHIFT_UNITS[m[2] ?? ''];
      if (!unit) return { ok: false, error: `“${m[2]}” is not a unit: use d, h or m.` };
      if (seen.has(unit)) return { ok: false, error: `The ${unit} unit appears twice.` };
      seen.add(unit);
      const n = Number(m[1]);
      if (unit === 'd') days = n;
      else minutes += unit === 'h' ? n * 60 : n;
      at = part.lastIndex;
    }
    if (at === 0 || at !== text.length)
      return { ok: false, error: `“${input.trim()}” is not an amount. ${SHIFT_HINT}` };
  }
  if (days === 0 && minutes === 0) return { ok: false, error: 'The amount is zero: nothing would move.' };
  if (days > 3660) return { ok: false, error: 'Shift by at most ten years.' };
  const shift = { days: days ? sign * days : 0, ms: minutes ? sign * minutes * 60_000 : 0 };
  return { ok: true, shift, label: formatShift(shift) };
}

/** `+1 day 2h 30m`, `-15m`. */
export function formatShift(shift: Shift): string {
  const negative = shift.days < 0 || shift.ms < 0;
  const days = Math.abs(shift.days);
  const minutes = Math.round(Math.abs(shift.ms) / 60_000);
  const parts: string[] = [];
  if (days) parts.push(`${days} day${days === 1 ? '' : 's'}`);
  if (Math.floor(minutes / 60)) parts.push(`${Math.floor(minutes / 60)}h`);
  if (minutes % 60) parts.push(`${minutes % 60}m`);
  return `${negative ? '−' : '+'}${parts.join(' ')}`;
}

/** RFC 3339 in UTC without milliseconds, as the API writes it. */
export const toApiInstant = (ms: number) => new Date(ms).toISOString().replace(/\.000Z$/, 'Z');

export function shiftInstant(start: string, shift: Shift, timeZone = localTimeZone()): string {
  const moved = shift.days
    ? addDays(new TZDate(Date.parse(start), timeZone), shift.days).getTime()
    : Date.parse(start);
  return toApiInstant(moved + shift.ms);
}

/** A bulk PATCH item with its id read as a number (the contract's input type leaves it open). */
export type PatchItem = Omit<BulkPatchItem, 'id'> & { id: number };

export type EditField = 'task_id' | 'type' | 'start' | 'duration' | 'time_block_id';
export type FieldValues = Partial<Pick<TimeEntry, EditField>>;

/** What a bulk edit sets; absent parts leave each entry's own value. */
export interface BulkEdit {
  taskId?: number;
  type?: TimeEntryType;
  /** A block id, or null to take entries out of their block. */
  timeBlockId?: number | null;
  /** Seconds. */
  duration?: number;
  shift?: Shift;
}

export interface FieldChange {
  field: EditField;
  before: TimeEntry[EditField] | null;
  after: TimeEntry[EditField] | null;
}

export interface PlannedChange<E extends TimeEntry = TimeEntry> {
  entry: E;
  changes: FieldChange[];
  /** The item for the bulk PATCH; null when nothing changes or the result would be invalid. */
  patch: PatchItem | null;
  /** Why the entry cannot take the edit (it is left out). */
  problems: string[];
  /** Sent anyway, but worth a look. */
  warnings: string[];
}

export function isEmptyEdit(edit: BulkEdit): boolean {
  return (
    edit.taskId === undefined &&
    edit.type === undefined &&
    edit.timeBlockId === undefined &&
    edit.duration === undefined &&
    edit.shift === undefined
  );
}

/** Old and new values of every entry, and which would become invalid; nothing is sent from here. */
export function planBulkEdit<E extends TimeEntry>(
  entries: readonly E[],
  edit: BulkEdit,
  options: { now?: number; timeZone?: string } = {},
): PlannedChange<E>[] {
  const now = options.now ?? Date.now();
  const timeZone = options.timeZone ?? localTimeZone();
  return entries.map((entry) => {
    const problems: string[] = [];
    const warnings: string[] = [];
    const after: FieldValues = {};
    if (edit.taskId !== undefined) after.task_id = edit.taskId;
    if (edit.type !== undefined) after.type = edit.type;
    if (edit.timeBlockId !== undefined) after.time_block_id = edit.timeBlockId;
    if (edit.duration !== undefined) {
      after.duration = edit.duration;
      if (entry.duration === null || entry.duration === undefined) {
        warnings.push('is running: setting a duration stops it');
      }
    }
    if (edit.shift) {
      if (!entry.start) problems.push('has no start time, so it cannot be shifted');
      else after.start = shiftInstant(entry.start, edit.shift, timeZone);
    }
    const changes: FieldChange[] = [];
    for (const field of Object.keys(after) as EditField[]) {
      const before = entry[field] ?? null;
      const next = after[field] ?? null;
      if (field === 'start' ? Date.parse(String(before)) !== Date.parse(String(next)) : before !== next) {
        changes.push({ field, before, after: next });
      }
    }
    const start = after.start ?? entry.start;
    const duration = after.duration !== undefined ? after.duration : entry.duration;
    if (changes.some((c) => c.field === 'start' || c.field === 'duration') && start) {
      const startMs = Date.parse(start);
      if (startMs > now) warnings.push('would start in the future');
      else if (typeof duration === 'number' && startMs + duration * 1000 > now) {
        warnings.push('would end in the future');
      }
      // A shift by hours that lands on another day is easy to miss in a long preview.
      if (
        edit.shift?.days === 0 &&
        entry.start &&
        calendarDayDiff(Date.parse(entry.start), startMs, timeZone) !== 0
      ) {
        warnings.push('moves to another day');
      }
    }
    let patch: PatchItem | null = null;
    if (problems.length === 0 && changes.length > 0) {
      const body = Object.fromEntries(changes.map((c) => [c.field, c.after]));
      const checked = patchEntryBody.safeParse(body);
      if (checked.success) patch = { id: entry.id, ...body };
      else problems.push(describeIssues(checked.error));
    }
    return { entry, changes, patch, problems, warnings };
  });
}

/** The patches that go out: entries that change and stay valid. */
export const patchesOf = (plan: readonly PlannedChange[]): PatchItem[] =>
  plan.flatMap((p) => (p.patch ? [p.patch] : []));

/** The old values of what a plan changes, per entry, kept so the edit can be undone later. */
export function beforeValues(plan: readonly PlannedChange[]): { id: number; before: FieldValues }[] {
  return plan
    .filter((p) => p.patch)
    .map((p) => ({
      id: p.entry.id,
      before: Object.fromEntries(p.changes.map((c) => [c.field, c.before])) as FieldValues,
    }));
}

/** Patches that put the old values back. A missing task cannot be patched back to none, so it is left as is. */
export function undoPatches(items: readonly { id: number; before: FieldValues }[]): PatchItem[] {
  return items.flatMap(({ id, before }) => {
    const body: Record<string, unknown> = { ...before };
    if (body.task_id === null || body.task_id === undefined) delete body.task_id;
    return Object.keys(body).length > 0 ? [{ id, ...body } as PatchItem] : [];
  });
}

/** Splits a request into pieces the API accepts (at most 1,000 items each). */
export function chunk<T>(items: readonly T[], size = BULK_LIMIT): T[][] {
  if (size < 1) throw new Error('chunk size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface DuplicatePlan<E extends TimeEntry = TimeEntry> {
  items: BulkCreateBody;
  copied: E[];
  skipped: { entry: E; reason: string }[];
}

/**
 * Copies entries to another local day, each keeping its own time of day, task, type and person.
 * A copy leaves the time block: blocks group one sitting, which the copy is not part of.
 */
export function planDuplicate<E extends TimeEntry>(
  entries: readonly E[],
  day: string,
  timeZone = localTimeZone(),
): DuplicatePlan<E> {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = Date.UTC(y, m - 1, d) / 86_400_000;
  const items: BulkCreateBody = [];
  const copied: E[] = [];
  const skipped: DuplicatePlan<E>['skipped'] = [];
  for (const entry of entries) {
    if (!entry.start) skipped.push({ entry, reason: 'has no start time' });
    else if (entry.duration === null || entry.duration === undefined)
      skipped.push({ entry, reason: 'is still running' });
    else {
      const [ey, em, ed] = dayKey(Date.parse(entry.start), timeZone).split('-').map(Number) as [
        number,
        number,
        number,
      ];
      const days = target - Date.UTC(ey, em - 1, ed) / 86_400_000;
      items.push({
        // A taskless entry's copy has no task either: the item leaves `task_id` out.
        ...(entry.task_id ? { task_id: entry.task_id } : {}),
        type: entry.type,
        start: shiftInstant(entry.start, { days, ms: 0 }, timeZone),
        duration: entry.duration,
        user_id: entry.toggl_user_id,
      });
      copied.push(entry);
    }
  }
  return { items, copied, skipped };
}
