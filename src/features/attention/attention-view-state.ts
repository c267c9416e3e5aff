import { addDays, endOfDay } from 'date-fns';
import { numberIn, oneOf, orElse, urlDay, urlId, type UrlState } from '../../lib/search-params.ts';
import type { StreamEntriesQuery } from '../../../contract/index.ts';
import { chosenRange, RANGE_PRESETS } from '../../lib/date-range.ts';
import { DEFAULT_THRESHOLDS, type Thresholds } from './detect/thresholds.ts';

/** Hours as a person would mean them: above zero, at most a week. */
const hours = (fallback: number) => orElse(numberIn(0, 168, { above: true }), fallback);
const flag = orElse(oneOf(['0', '1']), '0');

/**
 * The view as its URL holds it, so "the team's November problems" is a link: the range and person filter,
 * and every threshold. Defaults stay out of the URL.
 */
export const attentionViewState = {
  range: orElse(oneOf(RANGE_PRESETS), 'last-30-days'),
  from: urlDay,
  to: urlDay,
  person: urlId,
  running_h: hours(DEFAULT_THRESHOLDS.runningHours),
  long_h: hours(DEFAULT_THRESHOLDS.longHours),
  break_h: hours(DEFAULT_THRESHOLDS.breakHours),
  breaks: flag,
  weekends: flag,
};
export type AttentionViewState = UrlState<typeof attentionViewState>;

export const thresholdsOf = (s: AttentionViewState): Thresholds => ({
  runningHours: s.running_h,
  longHours: s.long_h,
  breakHours: s.break_h,
  breaks: s.breaks === '1',
  weekends: s.weekends === '1',
});

/** How far past today the range reaches when it includes today: a mistyped date lands this far ahead at most. */
const FUTURE_DAYS = 366;

/**
 * The stream request for the view. A range that reaches today also takes in entries dated up to a year
 * ahead: they are what "In the future" is about, and a range ending today would never load them.
 */
export function attentionQuery(s: AttentionViewState, now = new Date()): StreamEntriesQuery {
  const { from, to } = chosenRange(s, 'last-30-days', now);
  const end = to.getTime() >= now.getTime() ? endOfDay(addDays(now, FUTURE_DAYS)) : to;
  return { date_from: from.toISOString(), date_to: end.toISOString() };
}
