import { describe, expect, it } from 'vitest';
import type { TimeEntry } from '../../../contract/index.ts';
import { nextSort, sortEntries, sortWithCheck, StreamOrderCheck } from './entry-order.ts';

const entry = (id: number, over: Partial<TimeEntry> = {}): TimeEntry => ({
  id,
  workspace_id: 1,
  toggl_user_id: 1,
  task_id: 1,
  type: 'activity',
  start: '2026-08-01T08:00:00Z',
  duration: 60,
  created_at: '2026-08-01T08:00:00Z',
  updated_at: null,
  ...over,
});

describe('sortEntries', () => {
  const rows = [
    entry(1, { start: '2026-08-02T08:00:00Z', task_id: 5, updated_at: '2026-08-03T00:00:00Z' }),
    entry(2, { start: '2026-08-01T08:00:00Z', task_id: null }),
    entry(3, { start: '2026-08-02T08:00:00Z', task_id: 2, updated_at: '2026-08-01T00:00:00Z' }),
    entry(4, { start: '2026-08-03T08:00:00Z', task_id: 2 }),
  ];

  it('sees rows already in order from their texts, and still moves a row whose start changed', () => {
    const streamed = [
      entry(9, { start: '2026-08-03T08:00:00.000Z' }),
      entry(8, { start: '2026-08-02T08:00:00.000Z' }),
      entry(7, { start: '2026-08-02T08:00:00.000Z' }),
      entry(6, { start: '2026-08-01T08:00:00.000Z' }),
    ];
    expect(sortEntries(streamed, '-start').map((e) => e.id)).toEqual([9, 8, 7, 6]);
    const edited = streamed.map((e) => (e.id === 8 ? { ...e, start: '2026-08-04T08:00:00.000Z' } : e));
    expect(sortEntries(edited, '-start').map((e) => e.id)).toEqual([8, 9, 7, 6]);
    // Stamps written two ways are not compared as text: as text, 08:00:00Z would come after 08:00:00.500Z.
    const mixed = [
      entry(2, { start: '2026-08-01T08:00:00Z' }),
      entry(1, { start: '2026-08-01T08:00:00.500Z' }),
    ];
    expect(sortEntries(mixed, '-start').map((e) => e.id)).toEqual([1, 2]);
  });

  it('orders by start with the id as tie-break in the same direction', () => {
    expect(sortEntries(rows, '-start').map((e) => e.id)).toEqual([4, 3, 1, 2]);
    expect(sortEntries(rows, 'start').map((e) => e.id)).toEqual([2, 1, 3, 4]);
  });

  it('puts missing values first ascending and last descending', () => {
    expect(sortEntries(rows, 'task_id').map((e) => e.id)).toEqual([2, 3, 4, 1]);
    expect(sortEntries(rows, '-task_id').map((e) => e.id)).toEqual([1, 4, 3, 2]);
    expect(sortEntries(rows, '-updated_at').map((e) => e.id)).toEqual([1, 3, 4, 2]);
  });

  it('keeps rows that are in order already, and still sorts a nearly sorted list', () => {
    const ordered = sortEntries(rows, '-start');
    expect(sortEntries(ordered, '-start').map((e) => e.id)).toEqual([4, 3, 1, 2]);
    const swapped = [ordered[1], ordered[0], ordered[2], ordered[3]] as TimeEntry[];
    expect(sortEntries(swapped, '-start').map((e) => e.id)).toEqual([4, 3, 1, 2]);
  });

  it('does not change its input', () => {
    sortEntries(rows, 'start');
    expect(rows.map((e) => e.id)).toEqual([1, 2, 3, 4]);
  });

  it('takes only the order_by keys of the contract', () => {
    // @ts-expect-error `duration` is not an order_by key of the contract, so this does not compile.
    expect(() => sortEntries(rows, 'duration')).toThrow();
  });
});

describe('nextSort', () => {
  it('flips the current column and starts a new one in its natural direction', () => {
    expect(nextSort('-start', 'start')).toBe('start');
    expect(nextSort('start', 'start')).toBe('-start');
    expect(nextSort('-start', 'task_id')).toBe('task_id');
    expect(nextSort('-start', 'updated_at')).toBe('-updated_at');
  });
});

describe('StreamOrderCheck', () => {
  const at = (id: number, day: number) =>
    entry(id, { start: `2026-08-${String(day).padStart(2, '0')}T08:00:00.000Z` });

  it('follows a list that grows in the stream order, and sees a batch out of order', () => {
    const check = new StreamOrderCheck();
    const first = [at(9, 20), at(8, 19)];
    expect(check.check(first)).toBe(true);
    const more = [...first, at(6, 18), at(7, 18)];
    expect(check.check(more)).toBe(false);
    // Once out of order, rows added later do not put it back in order.
    expect(check.check([...more, at(1, 1)])).toBe(false);
  });

  it('checks again from the start a list whose rows were replaced, and sortWithCheck then sorts it', () => {
    const check = new StreamOrderCheck();
    const rows = [at(9, 20), at(8, 19), at(7, 18)];
    expect(check.check(rows)).toBe(true);
    expect(sortWithCheck(rows, '-start', check)).toBe(rows);
    const edited = rows.map((e) => (e.id === 7 ? { ...e, start: '2026-08-21T08:00:00.000Z' } : e));
    expect(check.check(edited)).toBe(false);
    expect(sortWithCheck(edited, '-start', check).map((e) => e.id)).toEqual([7, 9, 8]);
    // Another sort is never taken from the check.
    expect(sortWithCheck(rows, 'start', check).map((e) => e.id)).toEqual([7, 8, 9]);
  });
});
