import { describe, expect, it } from 'vitest';
import type { TimeEntry } from '../../contract/index.ts';
import {
  beforeValues,
  chunk,
  formatShift,
  parseShift,
  patchesOf,
  planBulkEdit,
  planDuplicate,
  shiftInstant,
  undoPatches,
} from './bulk-plan.ts';

const TZ = 'Europe/Berlin';
const NOW = Date.parse('2026-08-20T12:00:00Z');

const entry = (id: number, over: Partial<TimeEntry> = {}): TimeEntry => ({
  id,
  workspace_id: 1,
  toggl_user_id: 4,
  task_id: 11,
  type: 'activity',
  start: '2026-08-10T07:00:00Z',
  duration: 3600,
  time_block_id: 5,
  created_at: '2026-08-10T08:00:00Z',
  ...over,
});

describe('parseShift', () => {
  it.each([
    ['+1h', { days: 0, ms: 3_600_000 }, '+1h'],
    ['-15m', { days: 0, ms: -900_000 }, '−15m'],
    ['−15m', { days: 0, ms: -900_000 }, '−15m'],
    ['+1 day', { days: 1, ms: 0 }, '+1 day'],
    ['-2d 1h 30m', { days: -2, ms: -5_400_000 }, '−2 days 1h 30m'],
    ['45 min', { days: 0, ms: 2_700_000 }, '+45m'],
    ['+0:45', { days: 0, ms: 2_700_000 }, '+45m'],
    ['1 hour', { days: 0, ms: 3_600_000 }, '+1h'],
  ])('reads %s', (input, shift, label) => {
    expect(parseShift(input)).toEqual({ ok: true, shift, label });
  });

  it.each([
    ['', /Enter an amount/],
    ['+0m', /zero/],
    ['+1 week', /not a unit/],
    ['+1h 2h', /appears twice/],
    ['soon', /not an amount/],
    ['+1h!', /not an amount/],
  ])('rejects %j with a reason', (input, reason) => {
    const r = parseShift(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(reason);
  });

  it('formats a shift back', () => {
    expect(formatShift({ days: 0, ms: -60 * 60_000 })).toBe('−1h');
  });
});

describe('shiftInstant', () => {
  it('adds exact time for hours', () => {
    expect(shiftInstant('2026-08-10T07:00:00Z', { days: 0, ms: 3_600_000 }, TZ)).toBe('2026-08-10T08:00:00Z');
  });

  it('keeps the wall-clock time when a day shift crosses a DST change', () => {
    // Sat 24 Oct 2026 09:00 in Berlin is 07:00Z (CEST); Sun 25 Oct 09:00 is 08:00Z (CET).
    expect(shiftInstant('2026-10-24T07:00:00Z', { days: 1, ms: 0 }, TZ)).toBe('2026-10-25T08:00:00Z');
  });
});

describe('planBulkEdit', () => {
  it('shifts each entry by the amount, keeping its own time, and lists old and new values', () => {
    const plan = planBulkEdit(
      [entry(1), entry(2, { start: '2026-08-11T13:15:00Z' })],
      { shift: { days: 0, ms: 3_600_000 } },
      { now: NOW, timeZone: TZ },
    );
    expect(plan.map((p) => p.changes)).toEqual([
      [{ field: 'start', before: '2026-08-10T07:00:00Z', after: '2026-08-10T08:00:00Z' }],
      [{ field: 'start', before: '2026-08-11T13:15:00Z', after: '2026-08-11T14:15:00Z' }],
    ]);
    expect(patchesOf(plan)).toEqual([
      { id: 1, start: '2026-08-10T08:00:00Z' },
      { id: 2, start: '2026-08-11T14:15:00Z' },
    ]);
  });

  it('flags an entry without a start as unable to shift and leaves it out', () => {
    const [p] = planBulkEdit([entry(1, { start: null })], { shift: { days: 0, ms: 60_000 } }, { now: NOW });
    expect(p?.problems).toEqual(['has no start time, so it cannot be shifted']);
    expect(p?.patch).toBeNull();
  });

  it('sends only fields that change; an entry already matching is left out', () => {
    const plan = planBulkEdit(
      [entry(1), entry(2, { type: 'break', task_id: 12 })],
      { type: 'break', taskId: 12, timeBlockId: null },
      { now: NOW },
    );
    expect(patchesOf(plan)).toEqual([
      { id: 1, type: 'break', task_id: 12, time_block_id: null },
      { id: 2, time_block_id: null },
    ]);
    const unchanged = planBulkEdit([entry(3, { time_block_id: null })], { timeBlockId: null }, { now: NOW });
    expect(unchanged[0]?.changes).toEqual([]);
    expect(unchanged[0]?.patch).toBeNull();
  });

  it('warns about stopping a running entry, ending in the future and crossing midnight', () => {
    const [running] = planBulkEdit([entry(1, { duration: null })], { duration: 1800 }, { now: NOW });
    expect(running?.warnings).toContain('is running: setting a duration stops it');
    expect(running?.patch).toEqual({ id: 1, duration: 1800 });
    const [late] = planBulkEdit(
      [entry(2, { start: '2026-08-20T11:30:00Z', duration: 3600 })],
      { shift: { days: 0, ms: 3_600_000 } },
      { now: NOW, timeZone: TZ },
    );
    expect(late?.warnings).toEqual(['would start in the future']);
    const [night] = planBulkEdit(
      [entry(3, { start: '2026-08-10T21:30:00Z', duration: 600 })],
      { shift: { days: 0, ms: 3_600_000 } },
      { now: NOW, timeZone: TZ },
    );
    expect(night?.warnings).toEqual(['moves to another day']);
  });

  it('flags a result the API would refuse, with the contract’s words', () => {
    const [p] = planBulkEdit([entry(1)], { duration: -5 }, { now: NOW });
    expect(p?.problems[0]).toMatch(/^duration must not be negative/);
    expect(p?.patch).toBeNull();
  });

  it('keeps the old values and builds the patches that undo the edit', () => {
    const plan = planBulkEdit(
      [entry(1), entry(2, { task_id: null })],
      { taskId: 30, duration: 60 },
      { now: NOW },
    );
    const before = beforeValues(plan);
    expect(before).toEqual([
      { id: 1, before: { task_id: 11, duration: 3600 } },
      { id: 2, before: { task_id: null, duration: 3600 } },
    ]);
    expect(undoPatches(before)).toEqual([
      { id: 1, task_id: 11, duration: 3600 },
      { id: 2, duration: 3600 },
    ]);
  });
});

describe('chunk', () => {
  it('splits at the API limit of 1,000', () => {
    const parts = chunk(Array.from({ length: 2500 }, (_, i) => i));
    expect(parts.map((p) => p.length)).toEqual([1000, 1000, 500]);
    expect(parts[2]?.[0]).toBe(2000);
    expect(chunk([])).toEqual([]);
  });
});

describe('planDuplicate', () => {
  it('copies to the chosen local day keeping time of day, person and task (or none), skipping what cannot be copied', () => {
    const plan = planDuplicate(
      [entry(1), entry(2, { duration: null }), entry(3, { task_id: null }), entry(4, { start: null })],
      '2026-10-26',
      TZ,
    );
    // 09:00 CEST on 10 Aug becomes 09:00 CET on 26 Oct.
    expect(plan.items).toEqual([
      { task_id: 11, type: 'activity', start: '2026-10-26T08:00:00Z', duration: 3600, user_id: 4 },
      { type: 'activity', start: '2026-10-26T08:00:00Z', duration: 3600, user_id: 4 },
    ]);
    expect(plan.skipped.map((s) => [s.entry.id, s.reason])).toEqual([
      [2, 'is still running'],
      [4, 'has no start time'],
    ]);
  });
});
