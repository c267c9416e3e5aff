import { describe, expect, it } from 'vitest';
import { detectProblems, type Findings } from './detect.ts';
import { packEntries, type DetectableEntry } from './packed.ts';
import { DEFAULT_THRESHOLDS } from './thresholds.ts';

const NOW = Date.parse('2026-08-20T15:00:00Z');
let nextId = 1;
/** An entry of person 4 on task 11, an hour from 09:00 Berlin on 10 August unless told otherwise. */
const entry = (over: Partial<DetectableEntry> = {}): DetectableEntry => ({
  id: nextId++,
  toggl_user_id: 4,
  task_id: 11,
  type: 'activity',
  start: '2026-08-10T07:00:00Z',
  duration: 3600,
  ...over,
});
const detect = (entries: DetectableEntry[], now = NOW): Findings =>
  detectProblems(packEntries(entries), { now, timeZone: 'Europe/Berlin', thresholds: DEFAULT_THRESHOLDS });
const pairs = (f: Findings) => f.overlaps.map((o) => [o.earlier, o.later]);

describe('overlapping entries', () => {
  it('pairs two entries of one person that overlap, with how long', () => {
    const a = entry({ start: '2026-08-10T07:00:00Z', duration: 3600 });
    const b = entry({ start: '2026-08-10T07:30:00Z', duration: 3600 });
    expect(detect([b, a]).overlaps).toEqual([{ earlier: a.id, later: b.id, overlap: 30 * 60_000 }]);
  });

  it('leaves entries that only touch, and overlaps of a minute or less', () => {
    const a = entry({ start: '2026-08-10T07:00:00Z', duration: 3600 });
    const touching = entry({ start: '2026-08-10T08:00:00Z', duration: 600, task_id: 12 });
    const oneMinute = entry({ start: '2026-08-10T08:09:00Z', duration: 600, task_id: 13 });
    const justOver = entry({ start: '2026-08-10T08:17:59Z', duration: 600, task_id: 14 });
    expect(pairs(detect([a, touching, oneMinute]))).toEqual([]);
    expect(pairs(detect([a, touching, oneMinute, justOver]))).toEqual([[oneMinute.id, justOver.id]]);
  });

  it('never pairs two people', () => {
    const a = entry();
    const b = entry({ toggl_user_id: 5, task_id: 12 });
    expect(detect([a, b]).overlaps).toEqual([]);
  });

  it('counts a running entry as running until now', () => {
    const running = entry({ start: '2026-08-20T09:00:00Z', duration: null });
    const later = entry({ start: '2026-08-20T13:00:00Z', duration: 1800, task_id: 12 });
    const afterNow = entry({ start: '2026-08-20T15:00:00Z', duration: 1800, task_id: 13 });
    expect(pairs(detect([running, later, afterNow]))).toEqual([[running.id, later.id]]);
    // A running entry started inside a finished one overlaps it too.
    const inside = entry({ start: '2026-08-20T14:30:00Z', duration: null, task_id: 14 });
    expect(pairs(detect([later, inside]))).toEqual([]);
    const open = entry({ start: '2026-08-20T13:10:00Z', duration: null, task_id: 14 });
    expect(pairs(detect([later, open]))).toEqual([[later.id, open.id]]);
  });

  it('pairs each entry with the earlier one it overlaps most, so a long entry pairs with all it covers', () => {
    const long = entry({ start: '2026-08-10T06:00:00Z', duration: 8 * 3600 });
    const b = entry({ start: '2026-08-10T07:00:00Z', duration: 3600, task_id: 12 });
    const c = entry({ start: '2026-08-10T09:00:00Z', duration: 3600, task_id: 13 });
    expect(pairs(detect([c, b, long]))).toEqual([
      [long.id, b.id],
      [long.id, c.id],
    ]);
    // In a chain, the third entry pairs with the second, which reaches further than the first.
    const x = entry({ start: '2026-08-11T07:00:00Z', duration: 3 * 3600 });
    const y = entry({ start: '2026-08-11T08:00:00Z', duration: 3 * 3600, task_id: 12 });
    const z = entry({ start: '2026-08-11T09:00:00Z', duration: 3 * 3600, task_id: 13 });
    expect(pairs(detect([x, y, z]))).toEqual([
      [x.id, y.id],
      [y.id, z.id],
    ]);
  });

  it('reads entries crossing midnight and a daylight-saving night by their real length', () => {
    // 25 October 2026: Berlin's clocks go back; 22:00 → 07:00 local is ten real hours.
    const night = entry({ start: '2026-10-24T20:00:00Z', duration: 10 * 3600 });
    const morning = entry({ start: '2026-10-25T05:30:00Z', duration: 3600, task_id: 12 });
    const after = entry({ start: '2026-10-25T06:00:00Z', duration: 3600, task_id: 13 });
    expect(detect([night, morning, after]).overlaps).toEqual([
      { earlier: night.id, later: morning.id, overlap: 30 * 60_000 },
      { earlier: morning.id, later: after.id, overlap: 30 * 60_000 },
    ]);
  });

  it('skips entries without a start', () => {
    expect(detect([entry({ start: null }), entry({ start: null, task_id: 12 })]).overlaps).toEqual([]);
  });

  it('does not report a zero-length entry inside another as an overlap', () => {
    const a = entry();
    const zero = entry({ start: '2026-08-10T07:20:00Z', duration: 0, task_id: 12 });
    const f = detect([a, zero]);
    expect(f.overlaps).toEqual([]);
    expect(f.zero).toEqual([zero.id]);
  });
});

describe('duplicates', () => {
  it('groups entries of one person, task and type starting and lasting within a minute of each other', () => {
    const a = entry();
    const b = entry({ start: '2026-08-10T07:01:00Z', duration: 3600 + 60 });
    const c = entry({ start: '2026-08-10T07:00:30Z', duration: 3600 - 60 });
    const f = detect([c, b, a]);
    expect(f.duplicates).toEqual([[a.id, c.id, b.id]]);
    // The copies are one problem, reported once: not also as overlaps.
    expect(f.overlaps).toEqual([]);
  });

  it('wants every part to match', () => {
    const a = entry();
    const later = entry({ start: '2026-08-10T07:01:01Z' });
    const longer = entry({ duration: 3600 + 61 });
    const otherTask = entry({ task_id: 12 });
    const otherType = entry({ type: 'break' });
    const otherPerson = entry({ toggl_user_id: 5 });
    for (const other of [later, longer, otherTask, otherType]) {
      const f = detect([a, other]);
      expect(f.duplicates).toEqual([]);
      // Not copies, so they are what they look like: an overlap.
      expect(pairs(f)).toEqual([[a.id, other.id]]);
    }
    expect(detect([a, otherPerson]).duplicates).toEqual([]);
  });

  it('takes two running entries started together as copies, but not a running and a finished one', () => {
    const a = entry({ start: '2026-08-20T09:00:00Z', duration: null });
    const b = entry({ start: '2026-08-20T09:00:00Z', duration: null });
    const finished = entry({ start: '2026-08-20T09:00:00Z', duration: 3600 });
    expect(detect([a, b]).duplicates).toEqual([[a.id, b.id]]);
    expect(detect([a, finished]).duplicates).toEqual([]);
  });

  it('takes entries without a task as the same task', () => {
    const a = entry({ task_id: null });
    const b = entry({ task_id: null });
    expect(detect([a, b]).duplicates).toEqual([[a.id, b.id]]);
  });

  it('still reports an overlap of the copies with a third entry once', () => {
    const a = entry();
    const copy = entry();
    const other = entry({ start: '2026-08-10T07:30:00Z', task_id: 12 });
    const f = detect([a, copy, other]);
    expect(f.duplicates).toEqual([[a.id, copy.id]]);
    expect(pairs(f)).toEqual([[a.id, other.id]]);
  });
});
