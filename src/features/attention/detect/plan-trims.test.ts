import { describe, expect, it } from 'vitest';
import type { TimeEntry } from '../../../../contract/index.ts';
import { patchesOf } from '../../../lib/bulk-plan.ts';
import { planTrims, type TrimChoice } from './plan-trims.ts';

const NOW = Date.parse('2026-08-20T15:00:00Z');
const entry = (id: number, start: string, duration: number | null): TimeEntry => ({
  id,
  workspace_id: 1,
  toggl_user_id: 4,
  task_id: 11,
  type: 'activity',
  start,
  duration,
  created_at: '2026-08-10T08:00:00Z',
});
const byId = (...entries: TimeEntry[]) => new Map(entries.map((e) => [e.id, e]));
const plan = (choices: TrimChoice[], ...entries: TimeEntry[]) =>
  planTrims(choices, byId(...entries), { now: NOW, timeZone: 'Europe/Berlin' });

// 09:00–10:00 and 09:30–11:00 in Berlin.
const a = entry(1, '2026-08-10T07:00:00Z', 3600);
const b = entry(2, '2026-08-10T07:30:00Z', 5400);

describe('planTrims', () => {
  it('ends the earlier where the later starts', () => {
    const p = plan([{ earlier: 1, later: 2, side: 'earlier' }], a, b);
    expect(patchesOf(p)).toEqual([{ id: 1, duration: 1800 }]);
    expect(p[0]?.changes).toEqual([{ field: 'duration', before: 3600, after: 1800 }]);
  });

  it('starts the later where the earlier ends, keeping its end', () => {
    const p = plan([{ earlier: 1, later: 2, side: 'later' }], a, b);
    expect(patchesOf(p)).toEqual([{ id: 2, start: '2026-08-10T08:00:00Z', duration: 3600 }]);
  });

  it('stops a running earlier entry where the later starts, and says so', () => {
    const running = entry(3, '2026-08-20T07:00:00Z', null);
    const later = entry(4, '2026-08-20T09:00:00Z', 1800);
    const [p] = plan([{ earlier: 3, later: 4, side: 'earlier' }], running, later);
    expect(p?.patch).toEqual({ id: 3, duration: 7200 });
    expect(p?.warnings).toContain('is running: setting a duration stops it');
  });

  it('moves a running later entry and leaves it running', () => {
    const running = entry(5, '2026-08-10T07:30:00Z', null);
    expect(patchesOf(plan([{ earlier: 1, later: 5, side: 'later' }], a, running))).toEqual([
      { id: 5, start: '2026-08-10T08:00:00Z' },
    ]);
  });

  it('cannot start the later where a running earlier ends', () => {
    const running = entry(3, '2026-08-20T07:00:00Z', null);
    const later = entry(4, '2026-08-20T09:00:00Z', 1800);
    const [p] = plan([{ earlier: 3, later: 4, side: 'later' }], running, later);
    expect(p?.patch).toBeNull();
    expect(p?.problems[0]).toMatch(/#3 is still running/);
  });

  it('leaves out a later entry lying inside the earlier, and warns when the earlier loses its tail', () => {
    const day = entry(6, '2026-08-10T06:00:00Z', 8 * 3600);
    const inside = entry(7, '2026-08-10T08:00:00Z', 3600);
    const [later] = plan([{ earlier: 6, later: 7, side: 'later' }], day, inside);
    expect(later?.patch).toBeNull();
    expect(later?.problems).toEqual(['nothing of it would be left between the entries around it']);
    const [earlier] = plan([{ earlier: 6, later: 7, side: 'earlier' }], day, inside);
    expect(earlier?.patch).toEqual({ id: 6, duration: 7200 });
    expect(earlier?.warnings).toEqual(['#7 lies inside it: the 5:00 after #7 ends are dropped']);
  });

  it('gives an entry in several pairs the tightest bound, once', () => {
    const long = entry(8, '2026-08-10T06:00:00Z', 8 * 3600);
    const x = entry(9, '2026-08-10T09:00:00Z', 3600);
    const y = entry(10, '2026-08-10T07:00:00Z', 3600);
    const p = plan(
      [
        { earlier: 8, later: 9, side: 'earlier' },
        { earlier: 8, later: 10, side: 'earlier' },
      ],
      long,
      x,
      y,
    );
    expect(patchesOf(p)).toEqual([{ id: 8, duration: 3600 }]);
  });

  it('trims a middle entry at both ends when its pairs ask for it', () => {
    const first = entry(11, '2026-08-10T07:00:00Z', 2 * 3600);
    const middle = entry(12, '2026-08-10T08:00:00Z', 3 * 3600);
    const last = entry(13, '2026-08-10T10:00:00Z', 3 * 3600);
    const p = plan(
      [
        { earlier: 11, later: 12, side: 'later' },
        { earlier: 12, later: 13, side: 'earlier' },
      ],
      first,
      middle,
      last,
    );
    expect(patchesOf(p)).toEqual([{ id: 12, start: '2026-08-10T09:00:00Z', duration: 3600 }]);
    // Squeezed to nothing, it is left out rather than sent as a zero-length entry.
    const squeezed = plan(
      [
        { earlier: 11, later: 12, side: 'later' },
        { earlier: 12, later: 13, side: 'earlier' },
      ],
      first,
      middle,
      { ...last, start: '2026-08-10T08:30:00Z' },
    );
    expect(squeezed[0]?.patch).toBeNull();
    expect(squeezed[0]?.problems).toEqual(['nothing of it would be left between the entries around it']);
  });

  it('skips pairs whose entries are gone', () => {
    expect(plan([{ earlier: 1, later: 99, side: 'earlier' }], a)).toEqual([]);
  });
});
