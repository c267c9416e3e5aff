import { describe, expect, it } from 'vitest';
import { formatStart, parseStart, sameInstant } from './start-time.ts';

const berlin = 'Europe/Berlin';

describe('parseStart', () => {
  it('reads wall-clock time in the zone and answers UTC', () => {
    expect(parseStart('2026-03-01 09:30', berlin)).toEqual({ ok: true, iso: '2026-03-01T08:30:00Z' });
    expect(parseStart('2026-07-01T09:30:15', berlin)).toEqual({ ok: true, iso: '2026-07-01T07:30:15Z' });
    expect(parseStart(' 2026-7-1 9:05 ', 'UTC')).toEqual({ ok: true, iso: '2026-07-01T09:05:00Z' });
  });

  it('treats empty as no start', () => {
    expect(parseStart('  ', berlin)).toEqual({ ok: true, iso: null });
  });

  it.each([
    'tomorrow',
    '2026-03-01',
    '09:30',
    '2026-13-01 09:00',
    '2026-02-30 09:00',
    '2026-03-01 25:00',
    '2026-03-01 09:61',
    '1900-01-01 00:00',
    '01/03/2026 09:30',
  ])('rejects %j', (input) => {
    expect(parseStart(input, berlin).ok).toBe(false);
  });
});

describe('formatStart', () => {
  it('writes the zone wall-clock, with seconds only when present', () => {
    expect(formatStart('2026-03-01T08:30:00Z', berlin)).toBe('2026-03-01 09:30');
    expect(formatStart('2026-03-01T08:30:05Z', berlin)).toBe('2026-03-01 09:30:05');
    expect(formatStart(null, berlin)).toBe('');
  });

  it('round-trips through parseStart', () => {
    for (const iso of ['2026-03-29T00:59:00Z', '2026-10-25T00:30:00Z', '2026-12-31T23:59:59Z']) {
      const back = parseStart(formatStart(iso, berlin), berlin);
      expect(back.ok && sameInstant(back.iso, iso)).toBe(true);
    }
  });
});
