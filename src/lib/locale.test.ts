import { describe, expect, it } from 'vitest';
import { formatDay, formatDayKey, formatDayRange, formatStart, formatTime } from './date-format.ts';
import { formatCount, weekStartsOn } from './locale.ts';
import { presetRange } from './date-range.ts';

const at = new Date('2026-08-11T19:15:00Z');
const now = new Date('2026-09-01T12:00:00Z');

describe('dates and numbers in the person’s locale', () => {
  it('spells the same instant per locale, on the same wall clock', () => {
    expect(formatStart(at, 'Europe/Berlin', now, 'en-GB')).toBe('Tue 11 Aug, 21:15');
    expect(formatStart(at, 'Europe/Berlin', now, 'en-US')).toBe('Tue, Aug 11, 09:15 PM');
    expect(formatStart(at, 'Europe/Berlin', now, 'de-DE')).toBe('Di., 11. Aug., 21:15');
    expect(formatTime(at, 'Europe/Berlin', 'en-US')).toBe('09:15 PM');
  });

  it('names days and ranges the way the locale does', () => {
    expect(formatDay('2026-11-30', 'en-GB')).toBe('30 Nov 2026');
    expect(formatDay('2026-11-30', 'en-US')).toBe('Nov 30, 2026');
    expect(formatDayKey('2026-11-30', { weekday: true }, 'fr-FR')).toBe('lun. 30 nov.');
    expect(formatDayRange('2026-11-30', '2026-12-06', 'en-GB')).toBe('30 Nov\u2009–\u20096 Dec 2026');
    expect(formatDayRange('2026-08-03', '2026-08-09', 'en-GB')).toBe('3\u2009–\u20099 Aug 2026');
    expect(formatDayRange('2026-08-03', '2026-08-03', 'en-GB')).toBe('3 Aug 2026');
  });

  it('groups digits per locale', () => {
    expect(formatCount(2958, 'en-GB')).toBe('2,958');
    expect(formatCount(2958, 'de-DE')).toBe('2.958');
    expect(formatCount(12400, 'fr-FR')).toBe('12\u202f400');
  });

  it('starts the week where the locale does', () => {
    expect(weekStartsOn('en-GB')).toBe(1);
    expect(weekStartsOn('de-DE')).toBe(1);
    expect(weekStartsOn('en-US')).toBe(0);
    // Thursday 3 Dec 2026: the week is Mon 30 Nov – Sun 6 Dec in Britain, Sun 29 Nov – Sat 5 Dec in the US.
    const thursday = new Date(2026, 11, 3, 12);
    expect(presetRange('this-week', thursday, weekStartsOn('en-GB')).from.getDate()).toBe(30);
    expect(presetRange('this-week', thursday, weekStartsOn('en-US')).from.getDate()).toBe(29);
  });
});
