/**
 * Local time for entries: zones, calendar days and their real lengths (words for people are in
 * date-format.ts). Every function takes the time zone explicitly (defaulting to the browser's), so the
 * same instant reads the same for a person in Berlin and one in New York, and tests can pin a zone. Instants are always added as absolute time: an entry of 2 h crossing a DST change
 * ends 2 h later on the clock of the world, whatever the wall clock says.
 */
import { formattedParts, zoneOffsets, type ZoneParts } from './zone-offset.ts';

let zone: string | undefined;
/** The browser's zone, read once: creating a formatter to ask costs more than formatting a row. */
export function localTimeZone(): string {
  zone ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone;
}

const offsetsByZone = new Map<string, (ms: number) => number>();

/** `timeZone`'s offset at an instant, in ms, read through one zone-offset.ts reader per zone. */
function offsetIn(timeZone: string): (ms: number) => number {
  let offsetAt = offsetsByZone.get(timeZone);
  if (!offsetAt) offsetsByZone.set(timeZone, (offsetAt = zoneOffsets(timeZone)));
  return offsetAt;
}

/**
 * The wall-clock fields of an instant in `timeZone` (numbers only: words come from date-format.ts). A table
 * being scrolled asks this for every cell with a date, all new instants each frame: the zone's offset comes
 * from zone-offset.ts (Intl asked about once a day), and the fields from it by arithmetic.
 */
export function partsOf(date: Date | number, timeZone: string): ZoneParts {
  const ms = typeof date === 'number' ? date : date.getTime();
  if (!Number.isFinite(ms)) return formattedParts(ms, timeZone);
  const wall = new Date(ms + offsetIn(timeZone)(ms));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function parseInstant(value: string | Date | number | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** `2026-08-11 09:15:00`: a local time spreadsheets parse as a date-time. */
export function formatSpreadsheetDateTime(date: Date | number, timeZone = localTimeZone()): string {
  const p = partsOf(date, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/** The local calendar day, `2026-08-11`. */
export function dayKey(date: Date | number, timeZone = localTimeZone()): string {
  const p = partsOf(date, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

const keyToDayNumber = (key: string) => {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

/** Whole local calendar days from `a` to `b` (0 on the same day, 1 when `b` is the next day). */
export function calendarDayDiff(a: Date | number, b: Date | number, timeZone = localTimeZone()): number {
  return keyToDayNumber(dayKey(b, timeZone)) - keyToDayNumber(dayKey(a, timeZone));
}

export interface LocalDay {
  key: string;
  /** The instant the day starts (local midnight), in ms. */
  start: number;
  /** The instant the next day starts: 23 or 25 hours later on DST change days. */
  end: number;
}

/** The zone's offset from UTC at instant `ms` (its wall clock read as UTC, minus the instant's whole second). */
const offsetAt = (ms: number, timeZone: string): number => offsetIn(timeZone)(ms);

/**
 * The instant the local day `y-m-d` starts in `timeZone`: its midnight, or the first instant after a
 * change that skips midnight. The offset is looked up twice, the second time at the first guess, so a
 * change during the hours between UTC midnight and local midnight is taken into account.
 */
function dayStart(y: number, m: number, d: number, timeZone: string): number {
  const wall = Date.UTC(y, m - 1, d);
  const guess = wall - offsetAt(wall, timeZone);
  const start = wall - offsetAt(guess, timeZone);
  const p = partsOf(start, timeZone);
  const read = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  // Still the evening before: midnight was skipped, and the day begins where the clock jumps.
  return read < wall ? start + (wall - read) : start;
}

/** Every local day that overlaps [from, to], with its real start and end instants. */
export function localDays(from: Date | number, to: Date | number, timeZone = localTimeZone()): LocalDay[] {
  const days: LocalDay[] = [];
  const toMs = typeof to === 'number' ? to : to.getTime();
  const first = partsOf(typeof from === 'number' ? from : from.getTime(), timeZone);
  let start = dayStart(first.year, first.month, first.day, timeZone);
  // A guard against a runaway loop from a malformed range; ten years of days is far beyond any view.
  for (let i = 0; i < 3660 && start <= toMs; i++) {
    const next = new Date(Date.UTC(first.year, first.month - 1, first.day + i + 1));
    const end = dayStart(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), timeZone);
    days.push({ key: dayKey(start, timeZone), start, end });
    start = end;
  }
  return days;
}
