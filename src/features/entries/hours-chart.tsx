import { formatDuration } from '../../lib/format-duration.ts';
import type { ChartData } from './chart-data.ts';

const HEIGHT = 112;
/** The width of the hours axis left of the bars. */
export const CHART_AXIS = 34;
const AXIS = CHART_AXIS;
const BOTTOM = 18;
const TOP = 6;

/**
 * Hours per day as stacked bars: a gap or a spike shows at a glance. Hand-drawn SVG, no chart library.
 * Draws to `width`, which the caller measures (it also decides from it whether days fit or weeks do).
 */
export function HoursChart({ data, width }: { data: ChartData; width: number }) {
  const { buckets, series } = data;
  const plotW = Math.max(0, width - AXIS);
  const plotH = HEIGHT - TOP - BOTTOM;
  const maxHours = niceMax(data.maxTotal / 3600);
  const y = (seconds: number) => (seconds / 3600 / maxHours) * plotH;
  const slot = buckets.length > 0 ? plotW / buckets.length : plotW;
  const barW = Math.max(1, Math.min(28, slot * 0.68));
  const labelEvery = Math.max(1, Math.ceil(46 / slot));
  const ticks = [0, maxHours / 2, maxHours];
  const busiest = buckets.reduce((a, b) => (b.total > (a?.total ?? -1) ? b : a), buckets[0]);
  const summary = busiest
    ? `Hours per ${data.unit}: ${buckets.length} ${data.unit}s, busiest ${busiest.title} with ${formatDuration(busiest.total)}`
    : 'Hours per day: no data';

  return (
    <svg width={width} height={HEIGHT} role="img" aria-label={summary}>
      {ticks.map((t) => (
        <g key={t} transform={`translate(0 ${TOP + plotH - (t / maxHours) * plotH})`}>
          <line x1={AXIS} x2={width} className="entries-chart-grid" />
          <text x={AXIS - 6} dy="0.32em" textAnchor="end" className="entries-chart-axis">
            {t === 0 ? '0' : `${Number.isInteger(t) ? t : t.toFixed(1)}h`}
          </text>
        </g>
      ))}
      {buckets.map((b, i) => {
        const x = AXIS + i * slot + (slot - barW) / 2;
        let acc = 0;
        return (
          <g key={b.start}>
            <title>
              {`${b.title}: ${formatDuration(b.total)}`}
              {b.values
                .map((v, j) => (v > 0 ? `\n${series[j]?.label ?? ''}: ${formatDuration(v)}` : ''))
                .join('')}
            </title>
            <rect x={AXIS + i * slot} y={TOP} width={slot} height={plotH} className="entries-chart-hit" />
            {b.values.map((v, j) => {
              if (v <= 0) return null;
              const h = y(v);
              acc += h;
              return (
                <rect
                  key={j}
                  x={x}
                  y={TOP + plotH - acc}
                  width={barW}
                  height={Math.max(h, 0.5)}
                  fill={series[j]?.color}
                  rx={barW > 6 && j === b.values.length - 1 ? 1.5 : 0}
                />
              );
            })}
            {i % labelEvery === 0 && (
              <text x={x + barW / 2} y={HEIGHT - 4} textAnchor="middle" className="entries-chart-axis">
                {b.label}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** A round axis maximum (2, 4, 8, 10, 12, 16, 20, 24 h, ...) a little above the tallest bar. */
function niceMax(hours: number): number {
  const steps = [1, 2, 4, 6, 8, 10, 12, 16, 20, 24, 32, 40, 48, 64, 80, 100, 120, 160, 200];
  for (const s of steps) if (hours <= s) return s;
  return Math.ceil(hours / 100) * 100;
}
