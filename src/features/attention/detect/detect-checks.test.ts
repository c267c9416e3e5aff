import { describe, expect, it } from 'vitest';
import { detectProblems, type Findings } from './detect.ts';
import { packEntries, type DetectableEntry } from './packed.ts';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds.ts';

const NOW = Date.parse('2026-08-20T15:00:00Z');
const HOUR = 3600;
let nextId = 1;
/** Each entry on its own day, so none of them overlap. */
const entry = (over: Partial<DetectableEntry> = {}): DetectableEntry => {
  const id = nextId++;
  return {
    id,
    toggl_user_id: 4,
    task_id: 11,
    type: 'activity',
    start: new Date(Date.parse('2026-06-01T07:00:00Z') + id * 86_400_000).toISOString(),
    duration: 3600,
    ...over,
  };
};
const detect = (entries: DetectableEntry[], t: Partial<Thresholds> = {}): Findings =>
  detectProblems(packEntries(entries), {
    now: NOW,
    timeZone: 'Europe/Berlin',
    thresholds: { ...DEFAULT_THRESHOLDS, ...t },
  });
const ago = (seconds: number) => new Date(NOW - seconds * 1000).toISOString();

describe('running too long', () => {
  it('flags a running entry started more than N hours ago, not one started exactly N hours ago', () => {
    const exactly = entry({ start: ago(10 * HOUR), duration: null });
    const over = entry({ start: ago(10 * HOUR + 1), duration: null, toggl_user_id: 5 });
    const finished = entry({ start: ago(30 * HOUR), duration: 3600, toggl_user_id: 6 });
    expect(detect([exactly, over, finished]).running).toEqual([over.id]);
    expect(detect([exactly, over], { runningHours: 2.5 }).running).toEqual([exactly.id, over.id]);
  });

  it('ignores a planned entry with neither start nor duration', () => {
    expect(detect([entry({ start: null, duration: null })]).running).toEqual([]);
  });
});

describe('very long', () => {
  it('flags a finished entry longer than N hours', () => {
    const exactly = entry({ duration: 10 * HOUR });
    const over = entry({ duration: 10 * HOUR + 1 });
    expect(detect([exactly, over]).long).toEqual([over.id]);
    expect(detect([exactly, over], { longHours: 12 }).long).toEqual([]);
  });

  it('measures real time, over midnight and over a night whose clocks change', () => {
    // 29 March 2026, Berlin springs forward: 20:00 → 07:00 local is only ten real hours.
    const spring = entry({ start: '2026-03-28T19:00:00Z', duration: 10 * HOUR });
    // 25 October 2026, Berlin falls back: 21:00 → 07:00 local is eleven real hours.
    const autumn = entry({ start: '2026-10-24T19:00:00Z', duration: 11 * HOUR });
    expect(detect([spring, autumn]).long).toEqual([autumn.id]);
  });

  it('does not call a running entry very long (that is the running check)', () => {
    expect(detect([entry({ start: ago(20 * HOUR), duration: null })]).long).toEqual([]);
  });
});

describe('in the future and zero length', () => {
  it('flags a start later than now, running or not', () => {
    const now = entry({ start: ago(0) });
    const soon = entry({ start: ago(-1), toggl_user_id: 5 });
    const running = entry({ start: ago(-3600), duration: null, toggl_user_id: 6 });
    const f = detect([now, soon, running]);
    expect(f.future).toEqual([soon.id, running.id]);
    expect(f.running).toEqual([]);
  });

  it('flags a duration of exactly zero', () => {
    const zero = entry({ duration: 0 });
    const second = entry({ duration: 1 });
    const noStart = entry({ start: null, duration: 0 });
    expect(detect([zero, second, noStart]).zero).toEqual([zero.id, noStart.id]);
  });
});

describe('opt-in checks', () => {
  it('flags breaks longer than N hours only when asked', () => {
    const exactly = entry({ type: 'break', duration: 2 * HOUR });
    const over = entry({ type: 'break', duration: 2 * HOUR + 1 });
    const longActivity = entry({ duration: 3 * HOUR });
    const runningBreak = entry({ type: 'break', start: ago(3 * HOUR), duration: null });
    const all = [exactly, over, longActivity, runningBreak];
    expect(detect(all).breaks).toEqual([]);
    expect(detect(all, { breaks: true }).breaks).toEqual([over.id, runningBreak.id]);
    expect(detect(all, { breaks: true, breakHours: 3 }).breaks).toEqual([]);
  });

  it('flags activity on a local Saturday or Sunday only when asked, breaks excepted', () => {
    // Friday 23:30 UTC is already Saturday in Berlin; Sunday 22:30 UTC is Monday.
    const saturdayLocal = entry({ start: '2026-08-14T22:30:00Z' });
    const mondayLocal = entry({ start: '2026-08-16T22:30:00Z' });
    const sunday = entry({ start: '2026-08-16T10:00:00Z' });
    const sundayBreak = entry({ start: '2026-08-16T12:00:00Z', type: 'break' });
    const friday = entry({ start: '2026-08-14T20:00:00Z' });
    const all = [saturdayLocal, mondayLocal, sunday, sundayBreak, friday];
    expect(detect(all).weekends).toEqual([]);
    expect(detect(all, { weekends: true }).weekends).toEqual([saturdayLocal.id, sunday.id]);
  });

  it('reads the weekend on the days the clocks change', () => {
    // Sunday 29 March 2026 (CET → CEST) and Sunday 25 October 2026 (CEST → CET), either side of midnight.
    const marchSunday = entry({ start: '2026-03-29T21:59:00Z' });
    const marchMonday = entry({ start: '2026-03-29T22:00:00Z' });
    const octoberSunday = entry({ start: '2026-10-25T22:59:00Z' });
    const octoberMonday = entry({ start: '2026-10-25T23:00:00Z' });
    const octoberSaturday = entry({ start: '2026-10-23T22:00:00Z' });
    const octoberFriday = entry({ start: '2026-10-23T21:59:00Z' });
    const f = detect(
      [marchSunday, marchMonday, octoberSunday, octoberMonday, octoberSaturday, octoberFriday],
      { weekends: true },
    );
    expect(f.weekends).toEqual([marchSunday.id, octoberSunday.id, octoberSaturday.id]);
  });
});
