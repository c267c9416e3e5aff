import { describe, expect, it } from 'vitest';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { hoursAccumulator, hoursPerDay } from './chart-data.ts';

const entry = (
  id: number,
  start: string,
  duration: number | null,
  user = 1,
  project?: number,
): TimeEntryWithTask => ({
  id,
  workspace_id: 1,
  toggl_user_id: user,
  task_id: 1,
  type: 'activity',
  start,
  duration,
  created_at: start,
  task: project
    ? { id: 1, name: 'T', project: { id: project, name: `Project ${project}`, color: '#123456' } }
    : { id: 1, name: 'T' },
});

const options = (from: string, to: string, now = '2026-08-05T12:00:00Z') => ({
  from: Date.parse(from),
  to: Date.parse(to),
  timeZone: 'Europe/Berlin',
  now: Date.parse(now),
  personName: (id: number) => `Person ${id}`,
  lang: 'en-GB',
});

describe('hoursPerDay', () => {
  it('splits an entry across local midnight', () => {
    // 22:00–02:00 Berlin time on 3/4 Aug.
    const data = hoursPerDay(
      [entry(1, '2026-08-03T20:00:00Z', 4 * 3600)],
      'person',
      options('2026-08-02T22:00:00Z', '2026-08-05T21:59:59Z'),
    );
    expect(data.unit).toBe('day');
    expect(data.buckets.map((b) => b.label)).toEqual(['3 Aug', '4 Aug', '5 Aug']);
    expect(data.buckets.map((b) => b.total / 3600)).toEqual([2, 2, 0]);
    expect(data.series).toEqual([
      { key: 'p1', label: 'Person 1', color: expect.any(String), seconds: 4 * 3600 },
    ]);
  });

  it('counts an entry without a task for its person, and under "No project"', () => {
    const taskless = { ...entry(2, '2026-08-04T08:00:00Z', 1800, 2), task_id: null, task: null };
    const range = options('2026-08-03T22:00:00Z', '2026-08-04T21:59:59Z');
    const byProject = hoursPerDay([entry(1, '2026-08-04T07:00:00Z', 3600, 1, 4), taskless], 'project', range);
    expect(byProject.series.map((s) => [s.label, s.seconds])).toEqual([
      ['Project 4', 3600],
      ['No project', 1800],
    ]);
    expect(hoursPerDay([taskless], 'person', range).series.map((s) => [s.label, s.seconds])).toEqual([
      ['Person 2', 1800],
    ]);
  });

  it('counts the short DST day and clips at the range', () => {
    // 29 Mar 2026 has 23 hours in Berlin; an entry of 30 h from its start covers it and 7 h of the next day.
    const data = hoursPerDay(
      [entry(1, '2026-03-28T23:00:00Z', 30 * 3600)],
      'person',
      options('2026-03-28T23:00:00Z', '2026-03-29T21:59:59Z'),
    );
    expect(data.buckets.map((b) => b.total / 3600)).toEqual([23]);
  });

  it('stacks by project and counts a running entry up to now', () => {
    const data = hoursPerDay(
      [
        entry(1, '2026-08-05T08:00:00Z', 3600, 1, 7),
        entry(2, '2026-08-05T10:00:00Z', null, 2, 8),
        entry(3, '2026-08-05T06:00:00Z', 1800, 3),
      ],
      'project',
      options('2026-08-04T22:00:00Z', '2026-08-05T21:59:59Z'),
    );
    expect(data.series.map((s) => [s.label, s.seconds / 3600])).toEqual([
      ['Project 8', 2],
      ['Project 7', 1],
      ['No project', 0.5],
    ]);
    expect(data.buckets[0]?.values.map((v) => v / 3600)).toEqual([2, 1, 0.5]);
    expect(data.maxTotal).toBe(3.5 * 3600);
  });

  it('groups a long range by week and folds small series into "others"', () => {
    const rows = Array.from({ length: 12 }, (_, i) =>
      entry(i + 1, '2026-06-10T08:00:00Z', (12 - i) * 60, i + 1),
    );
    const data = hoursPerDay(rows, 'person', options('2026-01-01T00:00:00Z', '2026-12-31T00:00:00Z'));
    expect(data.unit).toBe('week');
    expect(data.series).toHaveLength(10);
    expect(data.series[0]?.label).toBe('Person 1');
    expect(data.series.at(-1)?.label).toBe('3 others');
    expect(new Set(data.series.map((s) => s.color)).size).toBe(10);
    expect(data.series.reduce((n, s) => n + s.seconds, 0)).toBe(78 * 60);
  });

  it('sums by week when the chart has no room for a bar per day, keeping every second', () => {
    const entries = [entry(1, '2026-08-03T08:00:00Z', 3600), entry(2, '2026-08-20T08:00:00Z', 1800)];
    const range = options('2026-07-31T22:00:00Z', '2026-08-30T21:59:59Z');
    expect(hoursPerDay(entries, 'person', range).unit).toBe('day');
    const narrow = hoursPerDay(entries, 'person', { ...range, maxBuckets: 10 });
    expect(narrow.unit).toBe('week');
    expect(narrow.buckets).toHaveLength(5);
    expect(narrow.buckets.reduce((n, b) => n + b.total, 0)).toBe(5400);
  });

  it('sums rows added batch by batch as it sums them all at once', () => {
    const rows = Array.from({ length: 40 }, (_, i) =>
      entry(
        i + 1,
        `2026-08-0${1 + (i % 5)}T${String(8 + (i % 9)).padStart(2, '0')}:00:00Z`,
        600 + i * 60,
        1 + (i % 4),
        i % 3 ? 7 : undefined,
      ),
    );
    const range = options('2026-07-31T22:00:00Z', '2026-08-06T21:59:59Z');
    for (const group of ['person', 'project'] as const) {
      const acc = hoursAccumulator(group, range);
      acc.add(rows.slice(0, 7));
      const early = acc.result();
      acc.add(rows, 7);
      expect(early.maxTotal).toBeLessThan(acc.result().maxTotal);
      expect(acc.result()).toEqual(hoursPerDay(rows, group, range));
    }
  });
});
