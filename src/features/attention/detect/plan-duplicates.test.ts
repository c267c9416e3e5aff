import { describe, expect, it } from 'vitest';
import type { TimeEntry } from '../../../../contract/index.ts';
import { planDuplicateDeletes } from './plan-duplicates.ts';

const entry = (id: number, created_at: string): TimeEntry => ({
  id,
  workspace_id: 1,
  toggl_user_id: 4,
  task_id: 11,
  type: 'activity',
  start: '2026-08-10T07:00:00Z',
  duration: 3600,
  created_at,
});

describe('planDuplicateDeletes', () => {
  it('keeps the first created of each set, the lowest id on a tie, and deletes the rest', () => {
    const entries = [
      entry(1, '2026-08-10T09:00:00Z'),
      entry(2, '2026-08-10T08:00:00Z'),
      entry(3, '2026-08-10T10:00:00Z'),
      entry(7, '2026-08-11T08:00:00Z'),
      entry(5, '2026-08-11T08:00:00Z'),
    ];
    const byId = new Map(entries.map((e) => [e.id, e]));
    const plan = planDuplicateDeletes(
      [
        [1, 2, 3],
        [7, 5],
      ],
      byId,
    );
    expect(plan.map((p) => [p.entry.id, p.keep.id])).toEqual([
      [1, 2],
      [3, 2],
      [7, 5],
    ]);
  });

  it('plans nothing for a set of which only one entry is still there', () => {
    const one = entry(1, '2026-08-10T09:00:00Z');
    expect(planDuplicateDeletes([[1, 2]], new Map([[1, one]]))).toEqual([]);
  });
});
