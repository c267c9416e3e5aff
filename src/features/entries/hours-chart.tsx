import { useState, type KeyboardEvent } from 'react';
import { formatDuration } from '../../lib/format-duration.ts';
import type { ChartData } from './chart-data.ts';
import { ChartTable } from './chart-table.tsx';
import './hours-chart.css';

const HEIGHT = 112;
/** The width of the hours axis left of the bars. */
export const CHART_AXIS = 34;
const AXIS = CHART_AXIS;
const BOTTOM = 18;
const TOP = 6;

/**
 * Hours per day as stacked bars: a gap or a spike shows at a glance. Hand-drawn SVG, no chart library.
 * Draws to `width`, which the caller measures (it also decides from it whether days fit or weeks do).
 * The chart is one Tab stop: ←/→ (Home/End) pick a bar and its values show beside it, as they do on
 * hover; screen readers also get every value in a table of their own.
 */
export function HoursChart({ data, width }: { data: ChartData; width: number }) {
  const [picked, setPicked] = useState<number | null>(null);
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
  const current = picked === null ? null : (buckets[Math.min(picked, buckets.length - 1)] ?? null);
  const shown = Math.max(0, current ? buckets.indexOf(current) : buckets.length - 1);
  const read = buckets[shown];
  const valueText = read
    ? [
        `${read.title}: ${formatDuration(read.total)}`,
        ...read.values.flatMap((v, j) => (v > 0 ? [`${series[j]?.label ?? ''} ${formatDuration(v)}`] : [])),
      ].join(', ')
    : 'no data';
  const onKeyDown = (e: KeyboardEvent) => {
    const last = buckets.length - 1;
    const at = picked ?? -1;
    const next =
      e.key === 'ArrowRight'
        ? Math.min(last, at + 1)
        : e.key === 'ArrowLeft'
          ? Math.max(0, at < 0 ? last : at - 1)
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : e.key === 'Escape'
                ? null
                : undefined;
    if (next === undefined || last < 0) return;
    e.preventDefault();
    setPicked(next);
  };

  return (
    <>
      <div
        className="hours-chart"
        // A slider over the bars: one Tab stop, ←/→ move, and the value read out is the bar's numbers.
        role="slider"
        aria-label={`${summary}. Arrow keys read each ${data.unit}`}
        aria-valuemin={1}
        aria-valuemax={Math.max(1, buckets.length)}
        aria-valuenow={shown + 1}
        aria-valuetext={valueText}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={() => picked === null && setPicked(buckets.length - 1)}
        onBlur={() => setPicked(null)}
        onMouseLeave={() => setPicked(null)}
      >
        <svg width={width} height={HEIGHT} aria-hidden>
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
              <g key={b.start} onMouseEnter={() => setPicked(i)}>
                <rect
                  x={AXIS + i * slot}
                  y={TOP}
                  width={slot}
                  height={plotH}
                  className="entries-chart-hit"
                  data-picked={current === b || undefined}
                />
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
        {current && (
          <div
            className="hours-chart-readout"
            style={
              buckets.indexOf(current) < buckets.length / 2
                ? { left: AXIS + (buckets.indexOf(current) + 1) * slot + 4 }
                : { right: width - AXIS - buckets.indexOf(current) * slot + 4 }
            }
            aria-hidden
          >
            <strong>
              {current.title}: {formatDuration(current.total)}
            </strong>
            {current.values.map((v, j) =>
              v > 0 ? (
                <span key={series[j]?.key ?? j}>
                  <span className="dot" style={{ background: series[j]?.color }} aria-hidden />
                  {series[j]?.label}: {formatDuration(v)}
                </span>
              ) : null,
            )}
          </div>
        )}
      </div>
      {/* Outside the slider: a slider's content is not read, and this table is for reading. */}
      <ChartTable data={data} />
    </>
  );
}

/** A round axis maximum (2, 4, 8, 10, 12, 16, 20, 24 h, ...) a little above the tallest bar. */
function niceMax(hours: number): number {
  const steps = [1, 2, 4, 6, 8, 10, 12, 16, 20, 24, 32, 40, 48, 64, 80, 100, 120, 160, 200];
  for (const s of steps) if (hours <= s) return s;
  return Math.ceil(hours / 100) * 100;
}
