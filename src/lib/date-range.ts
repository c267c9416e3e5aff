import {
  addDays,
  addMonths,
  endOfDay,
  endOfMonth,
  endOfWeek,
  startOfDay,
  startOfMonth,
  startOfWeek,
} from 'date-fns';
import { weekStartsOn as localWeekStart } from './locale.ts';

export type RangePreset =
  'today' | 'this-week' | 'last-week' | 'this-month' | 'last-month' | 'last-30-days' | 'last-90-days';

export const RANGE_PRESET_LABELS: Record<RangePreset, string> = {
  today: 'Today',
  'this-week': 'This week',
  'last-week': 'Last week',
  'this-month': 'This month',
  'last-month': 'Last month',
  'last-30-days': 'Last 30 days',
  'last-90-days': 'Last 90 days',
};

export const RANGE_PRESETS = [
  'today',
  'this-week',
  'last-week',
  'this-month',
  'last-month',
  'last-30-days',
  'last-90-days',
] as const satisfies readonly RangePreset[];

/** A range as a view keeps it in its URL: local calendar days (`from`/`to`, inclusive) or a preset. */
export interface RangeChoice {
  range?: RangePreset | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * A preset as local-time instants, from the first to the last millisecond of its days. Weeks start on the
 * day the person's locale starts them (Monday in Britain, Sunday in the US).
 */
export function presetRange(
  preset: RangePreset,
  now = new Date(),
  weekStartsOn = localWeekStart(),
): { from: Date; to: Date } {
  const WEEK = { weekStartsOn };
  switch (preset) {
    case 'today':
      return { from: startOfDay(now), to: endOfDay(now) };
    case 'this-week':
      return { from: startOfWeek(now, WEEK), to: endOfWeek(now, WEEK) };
    case 'last-week': {
      const lastWeek = addDays(now, -7);
      return { from: startOfWeek(lastWeek, WEEK), to: endOfWeek(lastWeek, WEEK) };
    }
    case 'this-month':
      return { from: startOfMonth(now), to: endOfMonth(now) };
    case 'last-month': {
      const lastMonth = addMonths(now, -1);
      return { from: startOfMonth(lastMonth), to: endOfMonth(lastMonth) };
    }
    case 'last-30-days':
      return { from: startOfDay(addDays(now, -29)), to: endOfDay(now) };
    case 'last-90-days':
      return { from: startOfDay(addDays(now, -89)), to: endOfDay(now) };
  }
}

/** A choice as instants: explicit days win over a preset, and `fallback` stands in for neither. */
export function chosenRange(
  choice: RangeChoice,
  fallback: RangePreset,
  now = new Date(),
): { from: Date; to: Date } {
  if (choice.from && choice.to) {
    const [fy, fm, fd] = choice.from.split('-').map(Number) as [number, number, number];
    const [ty, tm, td] = choice.to.split('-').map(Number) as [number, number, number];
    return { from: new Date(fy, fm - 1, fd, 0, 0, 0, 0), to: new Date(ty, tm - 1, td, 23, 59, 59, 999) };
  }
  return presetRange(choice.range ?? fallback, now);
}
