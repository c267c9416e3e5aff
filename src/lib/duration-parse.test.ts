import { describe, expect, it } from 'vitest';
import { MAX_DURATION_SECONDS, parseDuration } from './duration-parse.ts';
import { formatDuration } from './format-duration.ts';

const seconds = (input: string) => {
  const r = parseDuration(input);
  if (!r.ok) throw new Error(`${input}: ${r.error}`);
  return r.seconds;
};

describe('parseDuration accepts', () => {
  it.each([
    ['1:30', 5400],
    ['01:30', 5400],
    ['0:05', 300],
    ['1:30:00', 5400],
    ['1:30:15', 5415],
    ['0:00:45', 45],
    ['25:00:00', 90000],
    ['100:00', 360000],
    ['90m', 5400],
    ['90 m', 5400],
    ['90min', 5400],
    ['90 minutes', 5400],
    ['1h 30m', 5400],
    ['1h30m', 5400],
    ['1 h 30 m', 5400],
    ['1 hour 30 mins', 5400],
    ['2 hours', 7200],
    ['1h 30m 15s', 5415],
    ['45s', 45],
    ['45 sec', 45],
    ['1.5h', 5400],
    ['1,5h', 5400],
    ['.5h', 1800],
    ['0.25 h', 900],
    ['1H 30M', 5400],
    ['  1:30  ', 5400],
    ['90', 5400],
    ['1.5', 90],
    ['0', 0],
    ['0m', 0],
    ['0:00:00', 0],
  ])('%s → %i seconds', (input, expected) => {
    expect(seconds(input)).toBe(expected);
  });
});

describe('parseDuration rejects', () => {
  it.each([
    ['', /Enter a duration/],
    ['   ', /Enter a duration/],
    ['abc', /not a duration/],
    ['h', /not a duration/],
    ['-1h', /negative/],
    ['-0:30', /negative/],
    ['−5m', /negative/],
    ['1:75', /Minutes/],
    ['1:30:60', /Seconds/],
    ['1:', /not a duration/],
    [':30', /not a duration/],
    ['1:2:3:4', /not a duration/],
    ['1h 90x', /“x” is not a unit/],
    ['1d', /“d” is not a unit/],
    ['1.5.2h', /not a duration/],
    ['1..5h', /not a duration/],
    ['1h 1h', /appears twice/],
    ['1h 30', /not a duration/],
    ['1h -30m', /not a duration/],
    ['1:30m', /not a duration/],
    ['1h30m!', /not a duration/],
    ['one hour', /not a duration/],
    ['1e3m', /“e” is not a unit/],
    ['NaN', /not a duration/],
    ['Infinity', /not a duration/],
    ['0x10', /“x” is not a unit/],
    [`${MAX_DURATION_SECONDS / 3600 + 1}h`, /ten years/],
  ])('%j', (input, message) => {
    const r = parseDuration(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe('formatDuration (h:mm:ss) and parseDuration agree', () => {
  it.each([
    [0, '0:00:00'],
    [45, '0:00:45'],
    [5400, '1:30:00'],
    [5415, '1:30:15'],
    [90000, '25:00:00'],
    [359999, '99:59:59'],
  ])('%i → %s', (input, expected) => {
    expect(formatDuration(input, 'h:mm:ss')).toBe(expected);
  });

  it('reads back what it writes', () => {
    for (const n of [0, 1, 59, 60, 3599, 3600, 86399, 90061, 1234567]) {
      expect(seconds(formatDuration(n, 'h:mm:ss'))).toBe(n);
    }
  });
});
