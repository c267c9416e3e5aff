import { useMemo, useState, type ReactNode } from 'react';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { ChipRadioGroup } from '../../components/chip-radio-group.tsx';
import { localTimeZone } from '../../lib/dates.ts';
import { formatDuration } from '../../lib/format-duration.ts';
import { hoursPerDay, type ChartGroup } from './chart-data.ts';
import { totalSeconds } from './entry-facts.ts';
import { HoursChart } from './hours-chart.tsx';
import './entries-summary.css';
import { ScrollList } from '../../components/scroll-list.tsx';

interface Props {
  /** The rows the table shows. */
  rows: readonly TimeEntryWithTask[];
  loading: boolean;
  /** What the numbers cover: "on page 2", "in the whole range". */
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
  };
  personName: (id: number) => string;
}

const GROUPS = [
  ['person', 'By person'],
  ['project', 'By project'],
] as const;

const count = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'entry' : 'entries'}`;

/** Above the table: how many entries and how much time, and hours per day across the range. */
export function EntriesSummary({ rows, loading, scope, notice, range, chart, personName }: Props) {
  const [now] = useState(() => Date.now());
  const total = useMemo(() => totalSeconds(rows, now), [rows, now]);
  const data = useMemo(
    () =>
      chart.visible && chart.rows
        ? hoursPerDay(chart.rows, chart.group, {
            from: range.from.getTime(),
            to: range.to.getTime(),
            timeZone: localTimeZone(),
            now,
            personName,
          })
        : null,
    [chart.visible, chart.rows, chart.group, range.from, range.to, now, personName],
  );

  return (
    <section className="entries-summary" aria-label="Summary">
      <div className="entries-stats">
        <p className="entries-count" role="status" aria-live="polite" aria-busy={loading || undefined}>
          {loading ? (
            <span className="skeleton" style={{ width: 180, height: 18 }} />
          ) : (
            <>
              <span className="num">{count(rows.length)}</span>
              <span className="entries-count-sep"> · </span>
              <span className="num">{formatDuration(total)} tracked</span>
            </>
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
          {chart.error ? (
            <p className="entries-chart-note">The chart could not load: {chart.error.message}</p>
          ) : !data || chart.loading ? (
            <div className="entries-chart-canvas">
              <span className="skeleton" style={{ height: 112 }} />
            </div>
          ) : (
            <div className="entries-chart-body">
              <HoursChart data={data} />
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
            </div>
          )}
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
