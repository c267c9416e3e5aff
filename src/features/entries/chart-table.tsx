import { formatDuration } from '../../lib/format-duration.ts';
import type { ChartData } from './chart-data.ts';

/** The chart's numbers as a table for screen readers: one row per day (or week), a column per series. */
export function ChartTable({ data }: { data: ChartData }) {
  const unit = data.unit === 'day' ? 'Day' : 'Week';
  return (
    // A table ignores width and overflow: its hidden box is a wrapper, so it never widens the page.
    <div className="visually-hidden">
      <table>
        <caption>Hours per {data.unit}</caption>
        <thead>
          <tr>
            <th scope="col">{unit}</th>
            <th scope="col">Total</th>
            {data.series.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.buckets.map((b) => (
            <tr key={b.start}>
              <th scope="row">{b.title}</th>
              <td>{formatDuration(b.total)}</td>
              {data.series.map((s, j) => (
                <td key={s.key}>{formatDuration(b.values[j] ?? 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
