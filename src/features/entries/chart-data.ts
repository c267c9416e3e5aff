import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { formatDayKey } from '../../lib/date-format.ts';
import { localDays, type LocalDay } from '../../lib/dates.ts';
import { endAfter, startMs } from './entry-facts.ts';

export type ChartGroup = 'person' | 'project';

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
  seconds: number;
}

export interface ChartBucket {
  label: string;
  /** `Mon 3 Aug` or `3–9 Aug`: what a tooltip says. */
  title: string;
  start: number;
  end: number;
  /** Seconds per series, in the order of `series`. */
  values: number[];
  total: number;
}

export interface ChartData {
  buckets: ChartBucket[];
  series: ChartSeries[];
  /** `day` while the bars stay wide enough to read (up to `maxBuckets` days), `week` beyond. */
  unit: 'day' | 'week';
  maxTotal: number;
}

// Ten well-separated hues: people get them by rank, so the busiest person always has the first colour.
const PERSON_COLORS = [
  '#5b3fd9',
  '#0b83d9',
  '#e36a00',
  '#2da608',
  '#d94182',
  '#06a893',
  '#c9a100',
  '#9e5bd9',
  '#e0222a',
  '#4d5b7c',
];
const OTHER_COLOR = '#b9b5c9';
const MAX_SERIES = 9;

export interface ChartOptions {
  from: number;
  to: number;
  timeZone: string;
  now: number;
  personName: (userId: number) => string;
  /** The most day bars the chart has room for; more days are summed by week. Four months by default. */
  maxBuckets?: number;
  /** The locale of the bar labels. */
  lang?: string;
}

function seriesOf(e: TimeEntryWithTask, group: ChartGroup, o: ChartOptions) {
  if (group === 'person') {
    const id = e.toggl_user_id;
    return {
      key: `p${id}`,
      label: o.personName(id),
      color: '',
    };
  }
  const project = e.task?.project;
  return project
    ? { key: `j${project.id}`, label: project.name, color: project.color ?? OTHER_COLOR }
    : { key: 'none', label: 'No project', color: OTHER_COLOR };
}

function buckets(
  days: LocalDay[],
  maxBuckets: number,
  lang: string | undefined,
): { unit: 'day' | 'week'; list: Omit<ChartBucket, 'values' | 'total'>[] } {
  if (days.length <= maxBuckets) {
    return {
      unit: 'day',
      list: days.map((d) => ({
        label: formatDayKey(d.key, {}, lang),
        title: formatDayKey(d.key, { weekday: true }, lang),
        start: d.start,
        end: d.end,
      })),
    };
  }
  const list: Omit<ChartBucket, 'values' | 'total'>[] = [];
  for (let i = 0; i < days.length; i += 7) {
    const a = days[i] as LocalDay;
    const b = days[Math.min(i + 6, days.length - 1)] as LocalDay;
    list.push({
      label: formatDayKey(a.key, {}, lang),
      title: `${formatDayKey(a.key, {}, lang)} – ${formatDayKey(b.key, {}, lang)}`,
      start: a.start,
      end: b.end,
    });
  }
  return { unit: 'week', list };
}

/** Sums entries into a chart's buckets; `add` takes more rows at any time, `result` reads the chart so far. */
export interface HoursAccumulator {
  add(entries: readonly TimeEntryWithTask[], from?: number): void;
  result(): ChartData;
}

/**
 * Tracked time per local day (or week) across the view's range, stacked by person or project, summed
 * as rows come in: a range that arrives in batches is added batch by batch instead of from the start
 * each time. An entry crossing midnight counts on both days, and days are real local days (23 or 25
 * hours at a DST change); a running entry counts up to now. The largest series keep their own colour;
 * the rest are summed as "Other".
 */
export function hoursAccumulator(group: ChartGroup, o: ChartOptions): HoursAccumulator {
  const { unit, list } = buckets(localDays(o.from, o.to, o.timeZone), o.maxBuckets ?? 124, o.lang);
  const perSeries = new Map<string, ChartSeries & { perBucket: Float64Array }>();
  const starts = Float64Array.from(list, (b) => b.start);
  const ends = Float64Array.from(list, (b) => b.end);
  const count = list.length;
  // One series per person or project: looked up by its id, so an entry costs no string building.
  const byId = new Map<number, ChartSeries & { perBucket: Float64Array }>();

  const seriesFor = (e: TimeEntryWithTask) => {
    const id = group === 'person' ? e.toggl_user_id : (e.task?.project?.id ?? -1);
    let series = byId.get(id);
    if (!series) {
      const meta = seriesOf(e, group, o);
      series = perSeries.get(meta.key);
      if (!series) {
        series = { ...meta, seconds: 0, perBucket: new Float64Array(count) };
        perSeries.set(meta.key, series);
      }
      byId.set(id, series);
    }
    return series;
  };

  const add = (entries: readonly TimeEntryWithTask[], from = 0) => {
    for (let k = from; k < entries.length; k++) {
      const e = entries[k] as TimeEntryWithTask;
      const s = startMs(e);
      if (s === null) continue;
      // The start is parsed once per entry: a running entry counts up to now.
      const end = endAfter(s, e) ?? Math.max(s, o.now);
      if (end <= s) continue;
      const series = seriesFor(e);
      // Binary search for the first bucket that ends after the entry starts.
      let lo = 0;
      let hi = count;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((ends[mid] as number) <= s) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < count; i++) {
        const bStart = starts[i] as number;
        if (bStart >= end) break;
        const seconds = (Math.min(end, ends[i] as number) - Math.max(s, bStart)) / 1000;
        if (seconds > 0) {
          series.perBucket[i] = (series.perBucket[i] as number) + seconds;
          series.seconds += seconds;
        }
      }
    }
  };

  const result = (): ChartData => {
    const ranked = [...perSeries.values()].filter((s) => s.seconds > 0).sort((a, b) => b.seconds - a.seconds);
    const kept = ranked.length > MAX_SERIES + 1 ? ranked.slice(0, MAX_SERIES) : ranked;
    const rest = ranked.slice(kept.length);
    const series: ChartSeries[] = kept.map(({ key, label, color, seconds }, i) => ({
      key,
      label,
      color: group === 'person' ? (PERSON_COLORS[i % PERSON_COLORS.length] as string) : color,
      seconds,
    }));
    if (rest.length > 0) {
      series.push({
        key: 'other',
        label: `${rest.length} others`,
        color: OTHER_COLOR,
        seconds: rest.reduce((n, s) => n + s.seconds, 0),
      });
    }

    let maxTotal = 0;
    const result = list.map((b, i) => {
      const values = kept.map((s) => s.perBucket[i] ?? 0);
      if (rest.length > 0) values.push(rest.reduce((n, s) => n + (s.perBucket[i] ?? 0), 0));
      const total = values.reduce((n, v) => n + v, 0);
      maxTotal = Math.max(maxTotal, total);
      return { ...b, values, total };
    });
    return { buckets: result, series, unit, maxTotal };
  };
  return { add, result };
}

/** The chart of `entries` in one go (see hoursAccumulator). */
export function hoursPerDay(
  entries: readonly TimeEntryWithTask[],
  group: ChartGroup,
  o: ChartOptions,
): ChartData {
  const acc = hoursAccumulator(group, o);
  acc.add(entries);
  return acc.result();
}
