import type { TimeEntry } from '../../../contract/index.ts';

/** What the table, the summary, the chart and the CSV all derive from an entry the same way. */
export const isRunning = (e: Pick<TimeEntry, 'start' | 'duration'>) =>
  e.start !== null && e.start !== undefined && (e.duration === null || e.duration === undefined);

export const startMs = (e: Pick<TimeEntry, 'start'>): number | null => {
  if (!e.start) return null;
  const ms = Date.parse(e.start);
  return Number.isNaN(ms) ? null : ms;
};

/** The end of an entry that starts at `start` ms: start plus duration; none while running. */
export const endAfter = (start: number, e: Pick<TimeEntry, 'duration'>): number | null =>
  e.duration === null || e.duration === undefined ? null : start + e.duration * 1000;

/** The derived end (the API has no stop): start plus duration; none while running. */
export const endMs = (e: Pick<TimeEntry, 'start' | 'duration'>): number | null => {
  const s = startMs(e);
  return s === null ? null : endAfter(s, e);
};

/** Seconds tracked so far: the duration, or for a running entry the time since it started. */
export function trackedSeconds(e: Pick<TimeEntry, 'start' | 'duration'>, now: number): number {
  if (e.duration !== null && e.duration !== undefined) return e.duration;
  const s = startMs(e);
  return s === null ? 0 : Math.max(0, Math.floor((now - s) / 1000));
}

export function totalSeconds(entries: readonly Pick<TimeEntry, 'start' | 'duration'>[], now: number): number {
  let sum = 0;
  for (const e of entries) sum += trackedSeconds(e, now);
  return sum;
}
