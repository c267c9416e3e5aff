import { localLocale } from './locale.ts';

export type DayParse = { ok: true; key: string } | { ok: false; error: string };

const pad = (n: number) => String(n).padStart(2, '0');
const keyOf = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Lower case, accents and dots gone: `Déc.` and `dec` are the same word. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\./g, '');

const ENGLISH = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Month words of the locale (long and short) and English ones, each with its month number. */
function monthWords(lang: string): [string, number][] {
  const words: [string, number][] = [];
  for (const month of ['long', 'short'] as const) {
    const f = new Intl.DateTimeFormat(lang, { month, timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) words.push([fold(f.format(Date.UTC(2026, m, 15))), m + 1]);
  }
  ENGLISH.forEach((w, i) => words.push([w, i + 1]));
  // Longest first, so "june" is not read as "jun" plus an "e".
  return words.filter(([w]) => w.length > 0).sort((a, b) => b[0].length - a[0].length);
}

/** The order of day, month and year in the locale's numeric dates: d-m-y (en-GB), m-d-y (en-US), y-m-d (ja). */
function numericOrder(lang: string): ('day' | 'month' | 'year')[] {
  const parts = new Intl.DateTimeFormat(lang, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(Date.UTC(2026, 10, 30));
  const order = parts
    .map((p) => p.type)
    .filter((t): t is 'day' | 'month' | 'year' => t === 'day' || t === 'month' || t === 'year');
  return order.length === 3 ? order : ['day', 'month', 'year'];
}

function valid(y: number, m: number, d: number): DayParse {
  if (m < 1 || m > 12) return { ok: false, error: 'There is no such month.' };
  const date = new Date(Date.UTC(y, m - 1, d));
  if (d < 1 || date.getUTCMonth() !== m - 1) return { ok: false, error: 'That day is not in the calendar.' };
  if (y < 1970 || y > 2100) return { ok: false, error: 'The year must be between 1970 and 2100.' };
  return { ok: true, key: keyOf(y, m, d) };
}

const fullYear = (y: number) => (y < 100 ? 2000 + y : y);

/**
 * Reads a calendar day as people type it: `2026-11-30`, the locale's numeric order (`30/11/2026` in
 * en-GB, `11/30/2026` in en-US, `30.11.26` in de-DE), or with a month word (`30 Nov 2026`, `Nov 30`,
 * `30. November`), plus `today`, `yesterday` and `tomorrow`. A missing year is the year of `today`.
 */
export function parseDay(input: string, today: string, lang = localLocale()): DayParse {
  const raw = input.trim().toLowerCase();
  const text = fold(raw);
  if (text === '') return { ok: false, error: 'Enter a date.' };
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  const shift = { today: 0, yesterday: -1, tomorrow: 1 }[text];
  if (shift !== undefined) {
    const d = new Date(Date.UTC(ty, tm - 1, td + shift));
    return { ok: true, key: keyOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) };
  }

  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(raw);
  if (iso) return valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));

  const word = monthWords(lang).find(([w]) => text.includes(w));
  if (word) {
    const numbers = text
      .replace(word[0], ' ')
      .split(/[^0-9]+/)
      .filter(Boolean)
      .map(Number);
    if (numbers.length < 1 || numbers.length > 2) return { ok: false, error: dayHint(lang) };
    // With two numbers the year is the one that cannot be a day (`2026 Nov 30`), else the second.
    const yearFirst = numbers.length === 2 && (numbers[0] as number) > 31;
    const day = numbers[yearFirst ? 1 : 0] as number;
    const year = numbers.length === 2 ? (numbers[yearFirst ? 0 : 1] as number) : undefined;
    return valid(year === undefined ? ty : fullYear(year), word[1], day);
  }

  const numbers = raw.split(/[\s/.,-]+/).filter(Boolean);
  if (numbers.length >= 2 && numbers.length <= 3 && numbers.every((n) => /^\d{1,4}$/.test(n))) {
    const order = numericOrder(lang).filter((t) => numbers.length === 3 || t !== 'year');
    const at = (t: 'day' | 'month' | 'year') => Number(numbers[order.indexOf(t)]);
    return valid(numbers.length === 3 ? fullYear(at('year')) : ty, at('month'), at('day'));
  }
  return { ok: false, error: dayHint(lang) };
}

/** What to type, shown with the locale's own spelling of an example day. */
export function dayHint(lang = localLocale()): string {
  const example = new Intl.DateTimeFormat(lang, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(2026, 10, 30));
  return `Enter a date like ${example}.`;
}
