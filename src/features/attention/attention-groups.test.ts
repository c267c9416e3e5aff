import { describe, expect, it } from 'vitest';
import type { TimeEntry } from '../../../contract/index.ts';
import { buildGroups, shownGroups } from './attention-groups.ts';
import type { Findings } from './detect/detect.ts';
import { DEFAULT_THRESHOLDS } from './detect/thresholds.ts';

const entry = (id: number): TimeEntry => ({
  id,
  workspace_id: 1,
  toggl_user_id: 4,
  task_id: 11,
  type: 'activity',
  start: '2026-08-10T07:00:00Z',
  duration: 3600,
  created_at: '2026-08-10T08:00:00Z',
});
const byId = new Map([1, 2, 3, 4, 5, 6, 7].map((id) => [id, entry(id)]));
const findings: Findings = {
  overlaps: [
    { earlier: 1, later: 2, overlap: 60_000 * 25 },
    { earlier: 1, later: 99, overlap: 60_000 },
  ],
  duplicates: [
    [3, 4],
    [5, 98],
  ],
  running: [6],
  long: [1],
  future: [],
  zero: [],
  breaks: [7],
  weekends: [7],
};

describe('buildGroups', () => {
  it('makes rows of loaded entries, and counts each entry once however many groups it is in', () => {
    const g = buildGroups(findings, byId, DEFAULT_THRESHOLDS);
    expect(g.overlaps.map((o) => [o.id, o.earlier.id, o.later.id])).toEqual([[2, 1, 2]]);
    expect(g.duplicates.map((d) => d.entries.map((e) => e.id))).toEqual([[3, 4]]);
    expect(g.entries.running.map((e) => e.id)).toEqual([6]);
    expect(g.entries.breaks).toEqual([]);
    // 1 (overlap and long), 2, 3, 4, 6; not the opt-in 7.
    expect(g.count).toBe(5);
  });

  it('counts the opt-in groups when they are on', () => {
    const t = { ...DEFAULT_THRESHOLDS, breaks: true, weekends: true };
    expect(buildGroups(findings, byId, t).count).toBe(6);
    expect(shownGroups(t).map((s) => s.key)).toContain('weekends');
    expect(shownGroups(DEFAULT_THRESHOLDS).map((s) => s.key)).not.toContain('breaks');
  });
});
