import { TZDate } from '@date-fns/tz';
import { addDays, startOfDay } from 'date-fns';

/**
 * Local-time formatting for entries. Every function takes the time zone explicitly (defaulting to the
 * browser's), so the same instant reads the same for a person in Berlin and one in New York, and tests
 * can pin a zone. Instants are always added as absolute time: an entry of 2 h crossing a DST change
 * ends 2 h later on the clock of the world, whatever the wall clock says.
 */
let zone: string | undefined;
/** The browser's zone, read once: creating a formatter to ask costs more than formatting a row. */
export function localTimeZone(): string {
  zone ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone;
}

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: string;
  monthName: string;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();
// formatToParts is the slow step when a table re-renders rows while scrolling; the same instants
// come back again and again (each row, the "now" every row compares with), so results are kept.
const partsCache = new Map<string, Parts>();
const PARTS_CACHE_SIZE = 20_000;

function partsOf(date: Date | number, timeZone: string): Parts {
  const ms = typeof date === 'number' ? date : date.getTime();
  const key = `${timeZone}|${ms}`;
  const hit = partsCache.get(key);
  if (hit) return hit;
  const parts = computeParts(ms, timeZone);
  if (partsCache.size >= PARTS_CACHE_SIZE) partsCache.clear();
  partsCache.set(key, parts);
  return parts;
}

function computeParts(date: number, timeZone: string): Parts {
  let f = partFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
      hourCycle: 'h23',
    });
    partFormatters.set(timeZone, f);
  }
  const out: Record<string, string> = {};
  for (const p of f.formatToParts(date)) out[p.type] = p.value;
  const month = Number(out.month);
  return {
    year: Number(out.year),
    month,
    day: Number(out.day),
    hour: Number(out.hour),
    minute: Number(out.minute),
    second: Number(out.second),
    weekday: out.weekday ?? '',
    monthName: MONTHS[month - 1] ?? '',
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

export function parseInstant(value: string | Date | number | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** `09:15` on the wall clock of `timeZone`. */
export function formatTime(date: Date | number, timeZone = localTimeZone()): string {
  const p = partsOf(date, timeZone);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** `Tue 11 Aug, 09:15`; the year is added when it is not the current one. */
export function formatStart(
  date: Date | number,
  timeZone = localTimeZone(),
  now: Date | number = Date.now(),
): string {
  const p = partsOf(date, timeZone);
  const year = p.year === partsOf(now, timeZone).year ? '' : ` ${p.year}`;
  return `${p.weekday} ${p.day} ${p.monthName}${year}, ${pad(p.hour)}:${pad(p.minute)}`;
}

/** `11 Aug 2026, 09:15`: for audit-like columns (updated, archived) where the year matters. */
export function formatDateTime(date: Date | number, timeZone = localTimeZone()): string {
  const p = partsOf(date, timeZone);
  return `${p.day} ${p.monthName} ${p.year}, ${pad(p.hour)}:${pad(p.minute)}`;
}

/** `11 Aug, 09:15`, with the year when it is not the current one: for dense audit columns. */
export function formatShortDateTime(
  date: Date | number,
  timeZone = localTimeZone(),
  now: Date | number = Date.now(),
): string {
  const p = partsOf(date, timeZone);
  const year = p.year === partsOf(now, timeZone).year ? '' : ` ${p.year}`;
  return `${p.day} ${p.monthName}${year}, ${pad(p.hour)}:${pad(p.minute)}`;
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

/** The end's clock time, with `+N` when it falls N local days after the start (`01:30 +1`). */
export function formatEnd(start: Date | number, end: Date | number, timeZone = localTimeZone()): string {
  const days = calendarDayDiff(start, end, timeZone);
  return days > 0 ? `${formatTime(end, timeZone)} +${days}` : formatTime(end, timeZone);
}

/** `Tue 11 Aug` for a day key. */
export function formatDayKey(key: string, options: { weekday?: boolean } = {}): string {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {
    weekday: 'short',
    timeZone: 'UTC',
  });
  return `${options.weekday ? `${weekday} ` : ''}${d} ${MONTHS[m - 1] ?? ''}`;
}

export interface LocalDay {
  key: string;
  /** The instant the day starts (local midnight), in ms. */
  start: number;
  /** The instant the next day starts: 23 or 25 hours later on DST change days. */
  end: number;
}

/** Every local day that overlaps [from, to], with its real start and end instants. */
export function localDays(from: Date | number, to: Date | number, timeZone = localTimeZone()): LocalDay[] {
  const days: LocalDay[] = [];
  const toMs = typeof to === 'number' ? to : to.getTime();
  let day = startOfDay(new TZDate(typeof from === 'number' ? from : from.getTime(), timeZone));
  // A guard against a runaway loop from a malformed range; ten years of days is far beyond any view.
  for (let i = 0; i < 3660 && day.getTime() <= toMs; i++) {
    const next = addDays(day, 1);
    days.push({ key: dayKey(day.getTime(), timeZone), start: day.getTime(), end: next.getTime() });
    day = next;
  }
  return days;
}
