import { describe, expect, it } from 'vitest';
import { parseSearch, toSearch } from '../../lib/search-params.ts';
import { attentionQuery, attentionViewState, thresholdsOf } from './attention-view-state.ts';
import { DEFAULT_THRESHOLDS } from './detect/thresholds.ts';

const parse = (search: string) => parseSearch(attentionViewState, new URLSearchParams(search));
// Thursday 20 August 2026, 14:00 in Berlin (vitest runs in Europe/Berlin).
const NOW = new Date('2026-08-20T12:00:00Z');

describe('the Needs attention URL', () => {
  it('opens on the last 30 days, everyone, default thresholds, and writes none of that back', () => {
    const state = parse('');
    expect(state.range).toBe('last-30-days');
    expect(thresholdsOf(state)).toEqual(DEFAULT_THRESHOLDS);
    expect(toSearch(attentionViewState, state)).toBe('');
  });

  it('round-trips a shared link of a month, a person and changed thresholds', () => {
    const search =
      '?from=2026-11-01&to=2026-11-30&person=4&running_h=8&long_h=12.5&break_h=1.5&breaks=1&weekends=1';
    const state = parse(search.slice(1));
    expect(thresholdsOf(state)).toEqual({
      runningHours: 8,
      longHours: 12.5,
      breakHours: 1.5,
      breaks: true,
      weekends: true,
    });
    expect(toSearch(attentionViewState, state)).toBe(search);
  });

  it('keeps the default for values nobody means, and the rest of the link', () => {
    const state = parse('running_h=abc&long_h=-3&break_h=169&breaks=yes&person=4');
    expect(thresholdsOf(state)).toEqual(DEFAULT_THRESHOLDS);
    expect(state.person).toBe(4);
    expect(parse('long_h=168').long_h).toBe(168);
  });
});

describe('attentionQuery', () => {
  it('reaches a year ahead when the range includes today, so mistyped future dates load', () => {
    expect(attentionQuery(parse(''), NOW)).toEqual({
      date_from: '2026-07-21T22:00:00.000Z',
      date_to: '2027-08-21T21:59:59.999Z',
    });
  });

  it('keeps a past range as it is', () => {
    expect(attentionQuery(parse('from=2026-03-01&to=2026-03-31'), NOW)).toEqual({
      date_from: '2026-02-28T23:00:00.000Z',
      date_to: '2026-03-31T21:59:59.999Z',
    });
  });
});
