import { useDeferredValue, useMemo, useRef, useState, type ReactNode } from 'react';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { ChipRadioGroup } from '../../components/chip-radio-group.tsx';
import { countEntries } from '../../lib/counts.ts';
import { localTimeZone } from '../../lib/dates.ts';
import { formatDuration } from '../../lib/format-duration.ts';
import type { ChartGroup } from './chart-data.ts';
import { CHART_AXIS, HoursChart } from './hours-chart.tsx';
import type { EntriesTotals } from './use-entries-data.ts';
import { useElementWidth } from './use-element-width.ts';
import { useHoursChart } from './use-hours-chart.ts';
import './entries-summary.css';
import { ScrollList } from '../../components/scroll-list.tsx';

interface Props {
  /** Count and tracked time of every entry the filters match; null while counting or when it failed. */
  totals: EntriesTotals | null;
  /** Why the totals are missing, when they are not just being counted. */
  totalsError: Error | null;
  /** What the numbers cover: the range in words. */
  scope: string;
  notice?: ReactNode;
  range: { from: Date; to: Date };
  chart: {
    visible: boolean;
    onToggle: (visible: boolean) => void;
    group: ChartGroup;
    onGroup: (group: ChartGroup) => void;
    rows: readonly TimeEntryWithTask[] | null;
    loading: boolean;
    error: Error | null;
    retry: () => void;
  };
  personName: (id: number) => string;
}

const GROUPS = [
  ['person', 'By person'],
  ['project', 'By project'],
] as const;

/** Narrower bars than this are summed by week, so every bar stays readable on a phone. */
const MIN_BAR_SLOT = 9;

/** Above the table: how many entries match and how much time they hold, and hours per day across the range. */
export function EntriesSummary({ totals, totalsError, scope, notice, range, chart, personName }: Props) {
  const [now] = useState(() => Date.now());
  const canvasRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(canvasRef);
  const maxBuckets = Math.max(7, Math.floor((width - CHART_AXIS) / MIN_BAR_SLOT));
  const from = range.from.getTime();
  const to = range.to.getTime();
  const options = useMemo(
    () => (chart.visible ? { from, to, timeZone: localTimeZone(), now, personName, maxBuckets } : null),
    [chart.visible, from, to, now, personName, maxBuckets],
  );
  // The chart follows its rows a step behind, in React's background lane: the render that shows a
  // range's first rows in the table does not also wait for the chart. Rows and options go together,
  // so one range's rows are never drawn on another's days.
  const input = useMemo(
    () => ({ rows: chart.rows, group: chart.group, options }),
    [chart.rows, chart.group, options],
  );
  const shown = useDeferredValue(input);
  const data = useHoursChart(shown.rows, shown.group, shown.options);

  return (
    <section className="entries-summary" aria-label="Summary">
      <div className="entries-stats">
        <p className="entries-count" role="status" aria-live="polite" aria-busy={!totals || undefined}>
          {totals ? (
            <>
              <span className="num">{countEntries(totals.count)}</span>
              <span className="entries-count-sep"> · </span>
              <span className="num">{formatDuration(totals.seconds)} tracked</span>
            </>
          ) : totalsError ? (
            <span className="entries-count-pending">Totals not available</span>
          ) : (
            <span className="entries-count-pending">Counting entries…</span>
          )}
        </p>
        <p className="entries-scope muted">{scope}</p>
        {notice}
      </div>
      {chart.visible ? (
        <div className="entries-chart">
          <div className="entries-chart-head">
            <h2>Hours per {data?.unit ?? 'day'}</h2>
            <ChipRadioGroup
              label="Stack hours by"
              value={chart.group}
              options={GROUPS}
              onChange={chart.onGroup}
            />
            <button type="button" className="button ghost small" onClick={() => chart.onToggle(false)}>
              Hide chart
            </button>
          </div>
          <div className="entries-chart-body">
            <div ref={canvasRef} className="entries-chart-canvas">
              {chart.error ? (
                <p className="entries-chart-note">
                  The chart could not load: {chart.error.message}{' '}
                  <button type="button" className="button link" onClick={chart.retry}>
                    Try again
                  </button>
                </p>
              ) : !data || chart.loading ? (
                <span className="skeleton" style={{ height: 112 }} />
              ) : (
                <HoursChart data={data} width={width} />
              )}
            </div>
            {data && !chart.loading && !chart.error && (
              <ScrollList className="entries-legend" aria-label="Legend">
                {data.series.map((s) => (
                  <li key={s.key}>
                    <span className="dot" style={{ background: s.color }} aria-hidden />
                    <span className="entries-ellipsis">{s.label}</span>
                    <span className="num muted">{formatDuration(s.seconds)}</span>
                  </li>
                ))}
                {data.series.length === 0 && <li className="muted">Nothing tracked in this range.</li>}
              </ScrollList>
            )}
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="button ghost small entries-show-chart"
          onClick={() => chart.onToggle(true)}
        >
          Show hours per day
        </button>
      )}
    </section>
  );
}
