import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { formatDayKey } from '../../lib/date-format.ts';
import { localDays, type LocalDay } from '../../lib/dates.ts';
import { endMs, startMs } from './entry-facts.ts';

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

interface Options {
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

function seriesOf(e: TimeEntryWithTask, group: ChartGroup, o: Options) {
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

/**
 * Tracked time per local day (or week) across the view's range, stacked by person or project.
 * An entry crossing midnight counts on both days, and days are real local days (23 or 25 hours at a
 * DST change); a running entry counts up to now. The largest series keep their own colour; the rest
 * are summed as "Other".
 */
export function hoursPerDay(entries: readonly TimeEntryWithTask[], group: ChartGroup, o: Options): ChartData {
  const { unit, list } = buckets(localDays(o.from, o.to, o.timeZone), o.maxBuckets ?? 124, o.lang);
  const perSeries = new Map<string, ChartSeries & { perBucket: Float64Array }>();
  const starts = list.map((b) => b.start);

  for (const e of entries) {
    const s = startMs(e);
    if (s === null) continue;
    const end = endMs(e) ?? Math.max(s, o.now);
    if (end <= s) continue;
    const meta = seriesOf(e, group, o);
    let series = perSeries.get(meta.key);
    if (!series) {
      series = { ...meta, seconds: 0, perBucket: new Float64Array(list.length) };
      perSeries.set(meta.key, series);
    }
    // Binary search for the first bucket that ends after the entry starts.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as ChartBucket).end <= s) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < list.length; i++) {
      const b = list[i] as ChartBucket;
      if (b.start >= end) break;
      const seconds = (Math.min(end, b.end) - Math.max(s, b.start)) / 1000;
      if (seconds > 0) {
        (series.perBucket as Float64Array)[i] = (series.perBucket[i] ?? 0) + seconds;
        series.seconds += seconds;
      }
    }
  }

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
}
