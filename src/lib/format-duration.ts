/**
 * Durations as people read them on a timesheet: hours are not wrapped at 24 (`86:30` is 86 hours),
 * and time is floored like a clock, so a running entry never shows a minute it has not reached yet.
 */
export type DurationPattern = 'h:mm' | 'h:mm:ss';

export function formatDuration(
  seconds: number | null | undefined,
  pattern: DurationPattern = 'h:mm',
): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '';
  const sign = seconds < 0 ? '-' : '';
  const total = Math.floor(Math.abs(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, '0');
  if (pattern === 'h:mm') return `${sign}${h}:${mm}`;
  return `${sign}${h}:${mm}:${String(s).padStart(2, '0')}`;
}

/** Decimal hours with two places (`1.50`), the form spreadsheets sum and invoices multiply. */
export function formatDecimalHours(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '';
  return (Math.round((seconds / 3600) * 100) / 100).toFixed(2);
}
