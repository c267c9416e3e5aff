import { describe, expect, it } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { addDays, startOfDay } from 'date-fns';
import { formattedParts } from './zone-offset.ts';
import {
  formatDateTime as dateTime,
  formatDayKey as dayName,
  formatEnd as end_,
  formatShortDateTime as shortDateTime,
  formatStart as start_,
  formatTime as time,
} from './date-format.ts';
import {
  calendarDayDiff,
  dayKey,
  formatSpreadsheetDateTime,
  localDays,
  localTimeZone,
  partsOf,
} from './dates.ts';
import { formatDuration } from './format-duration.ts';

// Display is in the person's locale; these tests read it in British English.
const GB = 'en-GB';
const formatTime = (d: Date, zone?: string) => time(d, zone, GB);
const formatStart = (d: Date, zone: string, now: Date) => start_(d, zone, now, GB);
const formatEnd = (a: Date, b: Date, zone: string) => end_(a, b, zone, GB);
const formatDateTime = (d: Date, zone: string) => dateTime(d, zone, GB);
const formatShortDateTime = (d: Date, zone: string, now: Date) => shortDateTime(d, zone, now, GB);
const formatDayKey = (key: string, o?: { weekday?: boolean }) => dayName(key, o, GB);

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';
const hour = 3_600_000;

describe('local time across zones', () => {
  it('uses the zone vitest pins when none is given', () => {
    expect(localTimeZone()).toBe(BERLIN);
    expect(formatTime(new Date('2026-08-11T07:15:00Z'))).toBe('09:15');
  });

  it('formats the same instant on each wall clock', () => {
    const at = new Date('2026-08-11T07:15:00Z');
    expect(formatTime(at, BERLIN)).toBe('09:15');
    expect(formatTime(at, NEW_YORK)).toBe('03:15');
    expect(formatStart(at, BERLIN, new Date('2026-01-01T12:00:00Z'))).toBe('Tue 11 Aug, 09:15');
    expect(formatStart(at, NEW_YORK, new Date('2026-01-01T12:00:00Z'))).toBe('Tue 11 Aug, 03:15');
    expect(formatStart(at, BERLIN, new Date('2027-03-01T12:00:00Z'))).toBe('Tue, 11 Aug 2026, 09:15');
    expect(formatDateTime(at, NEW_YORK)).toBe('11 Aug 2026, 03:15');
    expect(formatShortDateTime(at, BERLIN, new Date('2026-12-31T12:00:00Z'))).toBe('11 Aug, 09:15');
    expect(formatShortDateTime(at, BERLIN, new Date('2027-01-01T12:00:00Z'))).toBe('11 Aug 2026, 09:15');
    expect(formatSpreadsheetDateTime(at, BERLIN)).toBe('2026-08-11 09:15:00');
  });

  it('puts an evening in New York on the next day in Berlin', () => {
    const at = new Date('2026-08-11T23:30:00Z');
    expect(dayKey(at, NEW_YORK)).toBe('2026-08-11');
    expect(dayKey(at, BERLIN)).toBe('2026-08-12');
  });
});

describe('an entry spanning the Europe/Berlin spring DST change (29 Mar 2026, 02:00 → 03:00)', () => {
  // 01:30 CET; two real hours later the Berlin clock reads 04:30 CEST, not 03:30.
  const start = new Date('2026-03-29T00:30:00Z');
  const duration = 2 * 3600;
  const end = new Date(start.getTime() + duration * 1000);

  it('keeps the real duration and shows the shifted wall clock in Berlin', () => {
    expect(formatDuration(duration)).toBe('2:00');
    expect(formatTime(start, BERLIN)).toBe('01:30');
    expect(formatTime(end, BERLIN)).toBe('04:30');
    expect(formatEnd(start, end, BERLIN)).toBe('04:30');
  });

  it('reads in New York (already on EDT since 8 Mar) as the previous evening', () => {
    expect(formatStart(start, NEW_YORK, new Date('2026-06-01T00:00:00Z'))).toBe('Sat 28 Mar, 20:30');
    expect(formatEnd(start, end, NEW_YORK)).toBe('22:30');
    expect(calendarDayDiff(start, end, NEW_YORK)).toBe(0);
  });

  it('gives the change day 23 hours in Berlin and 24 in New York', () => {
    const berlin = localDays(new Date('2026-03-28T12:00:00Z'), new Date('2026-03-30T12:00:00Z'), BERLIN);
    expect(berlin.map((d) => d.key)).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    expect(berlin.map((d) => (d.end - d.start) / hour)).toEqual([24, 23, 24]);
    expect(new Date(berlin[1]!.start).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    const ny = localDays(new Date('2026-03-29T12:00:00Z'), new Date('2026-03-29T13:00:00Z'), NEW_YORK);
    expect(ny.map((d) => (d.end - d.start) / hour)).toEqual([24]);
  });
});

describe('the autumn change (25 Oct 2026 in Berlin, 1 Nov 2026 in New York)', () => {
  it('gives the day 25 hours and shows the repeated hour', () => {
    const days = localDays(new Date('2026-10-25T10:00:00Z'), new Date('2026-10-25T11:00:00Z'), BERLIN);
    expect(days.map((d) => (d.end - d.start) / hour)).toEqual([25]);
    // 00:30 UTC is 02:30 CEST; 01:30 UTC is 02:30 CET: the same wall clock twice.
    expect(formatTime(new Date('2026-10-25T00:30:00Z'), BERLIN)).toBe('02:30');
    expect(formatTime(new Date('2026-10-25T01:30:00Z'), BERLIN)).toBe('02:30');
    const nyDays = localDays(new Date('2026-11-01T12:00:00Z'), new Date('2026-11-01T13:00:00Z'), NEW_YORK);
    expect(nyDays.map((d) => (d.end - d.start) / hour)).toEqual([25]);
  });

  it('marks an end on a later local day', () => {
    const start = new Date('2026-10-24T21:00:00Z'); // 23:00 CEST
    const end = new Date(start.getTime() + 4 * hour); // 01:00 UTC = 02:00 CEST (the first 02:00)
    expect(formatEnd(start, end, BERLIN)).toBe('02:00 +1');
    expect(formatEnd(start, end, NEW_YORK)).toBe('21:00');
  });
});

describe('formatDayKey', () => {
  it('names a calendar day without shifting it through a zone', () => {
    expect(formatDayKey('2026-03-29')).toBe('29 Mar');
    expect(formatDayKey('2026-03-29', { weekday: true })).toBe('Sun 29 Mar');
  });
});

describe('localDays against @date-fns/tz', () => {
  // The days as the zone library counts them (what localDays did before it worked them out itself).
  const reference = (from: number, to: number, timeZone: string) => {
    const out: { key: string; start: number; end: number }[] = [];
    let day = startOfDay(new TZDate(from, timeZone));
    while (day.getTime() <= to) {
      const next = addDays(day, 1);
      out.push({ key: dayKey(day.getTime(), timeZone), start: day.getTime(), end: next.getTime() });
      day = next;
    }
    return out;
  };

  it.each(['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Apia'])(
    'gives every day of 2025 and 2026 the same bounds in %s',
    (zone) => {
      const from = Date.parse('2025-01-01T12:00:00Z');
      const to = Date.parse('2026-12-31T12:00:00Z');
      expect(localDays(from, to, zone)).toEqual(reference(from, to, zone));
    },
  );

  // Havana's clocks jump from 00:00 to 01:00 on 9 March 2025: that day begins at 01:00 and lasts 23 hours.
  // (Adding a day to that 01:00, as the zone library does, would start every later day at 01:00 too.)
  it('starts a day at 01:00 when its midnight is skipped, and the next day at midnight again', () => {
    const days = localDays(
      Date.parse('2025-03-08T12:00:00Z'),
      Date.parse('2025-03-10T12:00:00Z'),
      'America/Havana',
    );
    expect(days.map((d) => d.key)).toEqual(['2025-03-08', '2025-03-09', '2025-03-10']);
    expect(days.map((d) => (d.end - d.start) / hour)).toEqual([24, 23, 24]);
    expect(new Date(days[1]!.start).toISOString()).toBe('2025-03-09T05:00:00.000Z');
    expect(new Date(days[2]!.start).toISOString()).toBe('2025-03-10T04:00:00.000Z');
  });
});

describe('the wall clock read from a zone’s offset', () => {
  // Intl itself, asked for every instant: the slow, exact way the offsets must agree with.
  const reference = formattedParts;
  // Quarter-hour and half-hour offsets, a half-hour DST shift, the southern hemisphere, no DST at all.
  const zones = [
    BERLIN,
    NEW_YORK,
    'America/St_Johns',
    'Asia/Kathmandu',
    'Australia/Lord_Howe',
    'Pacific/Chatham',
    'Asia/Kolkata',
    'UTC',
  ];

  it('agrees with formatToParts to the second around every change of 2026, in every kind of zone', () => {
    const from = Date.UTC(2026, 0, 1);
    for (const zone of zones) {
      const changes: number[] = [];
      // Each day's offset; where it moved, the change lies in that day.
      for (let day = 0; day < 366; day++) {
        const a = from + day * 24 * hour;
        const offset = (ms: number) => {
          const p = reference(ms, zone);
          return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - ms;
        };
        if (offset(a) !== offset(a + 24 * hour)) changes.push(a);
      }
      if (zone === BERLIN) expect(changes).toHaveLength(2);
      for (const day of changes)
        for (let ms = day; ms < day + 24 * hour; ms += 7 * 60_000 + 13_000 + 7)
          expect(partsOf(ms, zone), `${zone} at ${new Date(ms).toISOString()}`).toEqual(reference(ms, zone));
    }
  });

  it('agrees where an offset had seconds and changed off the quarter hour (Monrovia, 7 January 1972)', () => {
    // −00:44:30 became UTC at midnight local: 00:44:30 UTC, inside a quarter hour of UTC.
    const change = Date.UTC(1972, 0, 7, 0, 44, 30);
    for (let ms = change - 20 * 60_000; ms < change + 20 * 60_000; ms += 1000)
      expect(partsOf(ms, 'Africa/Monrovia'), new Date(ms).toISOString()).toEqual(
        reference(ms, 'Africa/Monrovia'),
      );
  });

  it('agrees across two centuries of instants, and for years before 100', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const span = Date.UTC(2100, 0, 1) - Date.UTC(1900, 0, 1);
    for (let i = 0; i < 4000; i++) {
      const ms = Date.UTC(1900, 0, 1) + Math.floor(random() * span);
      const zone = zones[i % zones.length] as string;
      expect(partsOf(ms, zone), `${zone} at ${new Date(ms).toISOString()}`).toEqual(reference(ms, zone));
    }
    const early = new Date(Date.UTC(2000, 2, 3, 4, 5, 6)).setUTCFullYear(42);
    expect(partsOf(early, 'UTC')).toEqual({ year: 42, month: 3, day: 3, hour: 4, minute: 5, second: 6 });
  });
});
