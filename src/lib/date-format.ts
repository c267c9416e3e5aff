import { calendarDayDiff, localTimeZone, partsOf } from './dates.ts';
import { localLocale } from './locale.ts';

/**
 * Dates and times as the person reads them: words, order and clock (12 or 24 hours) from their locale
 * through Intl, on the wall clock of a time zone. One set of shapes for every screen: the table, the
 * chart, the date fields, the dialogs.
 */
const SHAPES = {
  time: { hour: '2-digit', minute: '2-digit' },
  start: { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
  startYear: {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  },
  dateTime: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  short: { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
type Shape = keyof typeof SHAPES;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, options);
    formatters.set(key, f);
  }
  return f;
}

// Formatting is the slow step when a table re-renders rows while scrolling, and the same instants come
// back again and again, so results are kept (bounded: a long scroll cannot grow it without end).
const results = new Map<string, string>();
const RESULTS_SIZE = 20_000;

function format(shape: Shape, ms: number, timeZone: string, lang: string): string {
  const key = `${shape}|${lang}|${timeZone}`;
  const cacheKey = `${key}|${ms}`;
  const hit = results.get(cacheKey);
  if (hit !== undefined) return hit;
  const text = formatter(key, lang, { ...SHAPES[shape], timeZone }).format(ms);
  if (results.size >= RESULTS_SIZE) results.clear();
  results.set(cacheKey, text);
  return text;
}

const msOf = (date: Date | number) => (typeof date === 'number' ? date : date.getTime());
const sameYear = (a: number, b: number, timeZone: string) =>
  partsOf(a, timeZone).year === partsOf(b, timeZone).year;

/** `thisYear`'s shape when `date` falls in the same local year as `now`, else `otherYear`'s (with the year). */
function withYearIfOther(
  date: Date | number,
  now: Date | number,
  timeZone: string,
  lang: string,
  thisYear: Shape,
  otherYear: Shape,
): string {
  const ms = msOf(date);
  return format(sameYear(ms, msOf(now), timeZone) ? thisYear : otherYear, ms, timeZone, lang);
}

/** `09:15` (or `09:15 AM`) on the wall clock of `timeZone`. */
export function formatTime(date: Date | number, timeZone = localTimeZone(), lang = localLocale()): string {
  return format('time', msOf(date), timeZone, lang);
}

/** `Tue 11 Aug, 09:15`; the year is added when it is not the current one. */
export function formatStart(
  date: Date | number,
  timeZone = localTimeZone(),
  now: Date | number = Date.now(),
  lang = localLocale(),
): string {
  return withYearIfOther(date, now, timeZone, lang, 'start', 'startYear');
}

/** `11 Aug 2026, 09:15`: for audit-like columns (updated, archived) where the year matters. */
export function formatDateTime(
  date: Date | number,
  timeZone = localTimeZone(),
  lang = localLocale(),
): string {
  return format('dateTime', msOf(date), timeZone, lang);
}

/** `11 Aug, 09:15`, with the year when it is not the current one: for dense audit columns. */
export function formatShortDateTime(
  date: Date | number,
  timeZone = localTimeZone(),
  now: Date | number = Date.now(),
  lang = localLocale(),
): string {
  return withYearIfOther(date, now, timeZone, lang, 'short', 'dateTime');
}

/** The end's clock time, with `+N` when it falls N local days after the start (`01:30 +1`). */
export function formatEnd(
  start: Date | number,
  end: Date | number,
  timeZone = localTimeZone(),
  lang = localLocale(),
): string {
  const days = calendarDayDiff(start, end, timeZone);
  const time = formatTime(end, timeZone, lang);
  return days > 0 ? `${time} +${days}` : time;
}

const utcNoon = (key: string) => {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d, 12);
};

/** `30 Nov`, or `Mon 30 Nov` with the weekday, for a calendar day key (`2026-11-30`). */
export function formatDayKey(key: string, options: { weekday?: boolean } = {}, lang = localLocale()): string {
  const shape: Intl.DateTimeFormatOptions = {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
    ...(options.weekday ? { weekday: 'short' } : {}),
  };
  return formatter(`day|${options.weekday ? 'w' : ''}|${lang}`, lang, shape).format(utcNoon(key));
}

/** `30 Nov 2026`: a calendar day with its year, as the date fields show it. */
export function formatDay(key: string, lang = localLocale()): string {
  return formatter(`dayYear|${lang}`, lang, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(utcNoon(key));
}

/** `30 Nov – 6 Dec 2026`, `3–9 Aug 2026`, `30 Nov 2026`: two calendar days as a person says the range. */
export function formatDayRange(fromKey: string, toKey: string, lang = localLocale()): string {
  const f = formatter(`dayYear|${lang}`, lang, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return fromKey === toKey ? f.format(utcNoon(fromKey)) : f.formatRange(utcNoon(fromKey), utcNoon(toKey));
}
