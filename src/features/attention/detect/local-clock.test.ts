import { describe, expect, it } from 'vitest';
import { dayKey } from '../../../lib/dates.ts';
import { localClock } from './local-clock.ts';

const MINUTE = 60_000;
const toDayNumber = (key: string) => {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

/** Zones with whole-hour, half-hour and 45-minute offsets, and half-hour DST (Lord Howe), with 2026's changes. */
const ZONES: [string, string[]][] = [
  ['Europe/Berlin', ['2026-03-29', '2026-10-25']],
  ['America/New_York', ['2026-03-08', '2026-11-01']],
  ['Asia/Kolkata', []],
  ['Australia/Lord_Howe', ['2026-04-05', '2026-10-04']],
  ['Pacific/Chatham', ['2026-04-05', '2026-09-27']],
];

describe('localClock', () => {
  it.each(ZONES)(
    'agrees with the wall clock in %s over 2026, minute by minute around each change',
    (zone, changes) => {
      const clock = localClock(zone);
      const check = (ms: number) => {
        const expected = toDayNumber(dayKey(ms, zone));
        if (clock.dayNumber(ms) !== expected) {
          throw new Error(`${zone} ${new Date(ms).toISOString()}: ${clock.dayNumber(ms)} ≠ ${expected}`);
        }
      };
      const from = Date.parse('2026-01-01T00:03:00Z');
      for (let ms = from; ms < from + 365 * 1440 * MINUTE; ms += 97 * MINUTE) check(ms);
      for (const day of changes) {
        const at = Date.parse(`${day}T00:00:00Z`);
        for (let ms = at - 1440 * MINUTE; ms < at + 1440 * MINUTE; ms += 3 * MINUTE) check(ms);
      }
    },
  );

  it('names weekdays', () => {
    const clock = localClock('Europe/Berlin');
    expect(clock.weekday(Date.parse('2026-08-15T10:00:00Z'))).toBe(6);
    expect(clock.weekday(Date.parse('2026-08-16T21:59:00Z'))).toBe(0);
    expect(clock.weekday(Date.parse('2026-08-16T22:00:00Z'))).toBe(1);
  });
});
