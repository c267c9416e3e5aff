import { TZDate } from '@date-fns/tz';

/** The person's time zone: the browser's, which is where they read and type times. */
export { localTimeZone } from '../../lib/dates.ts';

export const START_FORMAT_HINT = 'YYYY-MM-DD HH:MM';

export type StartParse = { ok: true; iso: string | null } | { ok: false; error: string };

/**
 * Reads `2026-03-01 09:30` (seconds optional, `T` allowed as separator) as a wall-clock time in `timeZone`
 * and returns it as RFC 3339 UTC. Empty means "no start" (a planned entry).
 */
export function parseStart(input: string, timeZone: string): StartParse {
  const text = input.trim();
  if (text === '') return { ok: true, iso: null };
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!m)
    return { ok: false, error: `Enter a date and time as ${START_FORMAT_HINT}, e.g. 2026-03-01 09:30.` };
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (mo < 1 || mo > 12) return { ok: false, error: 'The month must be between 01 and 12.' };
  if (h > 23 || mi > 59 || s > 59) return { ok: false, error: 'That time of day does not exist.' };
  const date = new TZDate(y, mo - 1, d, h, mi, s, timeZone);
  if (date.getDate() !== d || date.getMonth() !== mo - 1) {
    return { ok: false, error: `${text.slice(0, 10)} is not a date in the calendar.` };
  }
  if (y < 1970 || y > 2100) return { ok: false, error: 'The year must be between 1970 and 2100.' };
  return { ok: true, iso: new Date(date.getTime()).toISOString().replace(/\.\d{3}Z$/, 'Z') };
}

/** An RFC 3339 instant as the wall-clock text parseStart reads back; seconds only when there are some. */
export function formatStart(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '';
  const date = new TZDate(iso, timeZone);
  if (Number.isNaN(date.getTime())) return '';
  return wallClock(date, date.getSeconds() !== 0);
}

/** Now, to the minute, as Start text. */
export function nowStartText(timeZone: string): string {
  return wallClock(new TZDate(Date.now(), timeZone), false);
}

const two = (n: number) => String(n).padStart(2, '0');

// By hand rather than date-fns `format`, which with its locale would put some 20 kB into the first load
// for these two strings.
function wallClock(date: TZDate, seconds: boolean): string {
  const day = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  const time = `${two(date.getHours())}:${two(date.getMinutes())}`;
  return `${day} ${time}${seconds ? `:${two(date.getSeconds())}` : ''}`;
}

/**
 * Two instants are the same moment to the second (null equals null). The form works in whole seconds, so
 * milliseconds another client stored must not count as a change the person made.
 */
export function sameInstant(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return Math.floor(Date.parse(a) / 1000) === Math.floor(Date.parse(b) / 1000);
}
