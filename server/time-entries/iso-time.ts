import type { ByteWriter } from '../http/byte-writer.ts';

/** 0000-01-01 and 9999-12-31T23:59:59.999, the bounds of a four-digit year. */
const FIRST_MS = -62_167_219_200_000;
const LAST_MS = 253_402_300_799_999;

const DAY_MS = 86_400_000;
const dayPrefixes = new Map<number, string>();

/**
 * Writes `new Date(ms).toISOString()` as bytes, without making a string: a stream writes three or more
 * of these per row, and the `YYYY-MM-DDT` part repeats across thousands of rows. An instant outside
 * four-digit years (only a row stored before the API refused them) is written as the nearest bound,
 * because toISOString's `+010000-…` is not RFC 3339.
 */
export function writeIsoTime(out: ByteWriter, instant: number): void {
  const ms = instant < FIRST_MS ? FIRST_MS : instant > LAST_MS ? LAST_MS : instant;
  const day = Math.floor(ms / DAY_MS);
  let rest = ms - day * DAY_MS;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const s = Math.floor(rest / 1000);
  out
    .shortAscii(isoDayPrefix(day))
    .padded(h, 2)
    .byte(58)
    .padded(m, 2)
    .byte(58)
    .padded(s, 2)
    .byte(46)
    .padded(rest - s * 1000, 3)
    .byte(90);
}

/** `YYYY-MM-DDT` of the `day`th day since 1970-01-01 (UTC), remembered: rows of one day share it. */
function isoDayPrefix(day: number): string {
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY_MS).toISOString().slice(0, -13);
    if (dayPrefixes.size > 50_000) dayPrefixes.clear();
    dayPrefixes.set(day, prefix);
  }
  return prefix;
}
