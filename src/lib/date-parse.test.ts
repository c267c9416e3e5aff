import { describe, expect, it } from 'vitest';
import { dayHint, parseDay } from './date-parse.ts';

const TODAY = '2026-11-30';
const key = (input: string, lang = 'en-GB') => {
  const r = parseDay(input, TODAY, lang);
  return r.ok ? r.key : r.error;
};

describe('parseDay', () => {
  it('reads ISO days in any locale', () => {
    expect(key('2026-03-01')).toBe('2026-03-01');
    expect(key('2026-3-1', 'en-US')).toBe('2026-03-01');
    expect(key(' 2026/03/01 ', 'ja-JP')).toBe('2026-03-01');
  });

  it('reads numeric days in the order of the locale', () => {
    expect(key('1/3/2026', 'en-GB')).toBe('2026-03-01');
    expect(key('3/1/2026', 'en-US')).toBe('2026-03-01');
    expect(key('01.03.26', 'de-DE')).toBe('2026-03-01');
    expect(key('2026/3/1', 'ja-JP')).toBe('2026-03-01');
    // Without a year: this year.
    expect(key('24/12', 'en-GB')).toBe('2026-12-24');
    expect(key('12/24', 'en-US')).toBe('2026-12-24');
  });

  it('reads month words of the locale, and English ones everywhere', () => {
    expect(key('30 Nov 2026')).toBe('2026-11-30');
    expect(key('Nov 30, 2026', 'en-US')).toBe('2026-11-30');
    expect(key('30. November 2026', 'de-DE')).toBe('2026-11-30');
    expect(key('1 déc. 2026', 'fr-FR')).toBe('2026-12-01');
    expect(key('1 dec 2026', 'fr-FR')).toBe('2026-12-01');
    expect(key('3 June')).toBe('2026-06-03');
    expect(key('2026 Mar 1')).toBe('2026-03-01');
    expect(key('2026年3月1日', 'ja-JP')).toBe('2026-03-01');
  });

  it('reads today, yesterday and tomorrow across a month end', () => {
    expect(key('today')).toBe('2026-11-30');
    expect(key('Yesterday')).toBe('2026-11-29');
    expect(key('tomorrow')).toBe('2026-12-01');
  });

  it('refuses what is not a day, saying what to type', () => {
    expect(key('31/11/2026')).toBe('That day is not in the calendar.');
    expect(key('2026-13-01')).toBe('There is no such month.');
    expect(key('29 Feb 2026')).toBe('That day is not in the calendar.');
    expect(key('29 Feb 2028')).toBe('2028-02-29');
    expect(key('1 Jan 1900')).toBe('The year must be between 1970 and 2100.');
    expect(key('soon')).toBe('Enter a date like 30 Nov 2026.');
    expect(key('')).toBe('Enter a date.');
    expect(dayHint('en-US')).toBe('Enter a date like Nov 30, 2026.');
  });
});
