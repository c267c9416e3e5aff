import { describe, expect, it } from 'vitest';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { parseCsv } from '../../lib/csv.ts';
import { entriesCsv } from './entries-csv.ts';

const base: TimeEntryWithTask = {
  id: 7,
  workspace_id: 1,
  toggl_user_id: 3,
  task_id: 2,
  type: 'activity',
  start: '2026-03-29T00:30:00Z',
  duration: 2 * 3600,
  time_block_id: 12,
  created_at: '2026-03-29T00:30:00Z',
  updated_at: '2026-03-30T10:00:00Z',
  task: {
    id: 2,
    name: 'Design, "v2"',
    status: { id: 1, name: 'Done', emoji: '✅' },
    tags: [
      { id: 1, name: 'design' },
      { id: 2, name: 'urgent' },
    ],
    project: { id: 4, name: 'Website', color: '#0b83d9', client: { id: 9, name: 'Northwind' } },
  },
};

describe('entriesCsv', () => {
  it('writes local times in the named zone across a DST change', () => {
    const rows = parseCsv(entriesCsv([base], { timeZone: 'Europe/Berlin', now: 0, personName: () => 'Ada' }));
    expect(rows[0]?.slice(0, 3)).toEqual(['ID', 'Start (Europe/Berlin)', 'End (Europe/Berlin)']);
    expect(rows[1]).toEqual([
      '7',
      '2026-03-29 01:30:00',
      '2026-03-29 04:30:00',
      '2:00:00',
      '2.00',
      '',
      'Design, "v2"',
      'Website',
      'Northwind',
      'Done',
      'design; urgent',
      'Ada',
      'activity',
      '12',
      '2026-03-29 01:30:00',
      '2026-03-30 12:00:00',
      '',
      '2026-03-29T00:30:00Z',
    ]);
    const ny = parseCsv(
      entriesCsv([base], { timeZone: 'America/New_York', now: 0, personName: () => 'Ada' }),
    );
    expect(ny[1]?.slice(1, 3)).toEqual(['2026-03-28 20:30:00', '2026-03-28 22:30:00']);
  });

  it('names an entry without a task "No task", with no project, client, status or tags', () => {
    const taskless = { ...base, task_id: null, task: null };
    const [, row] = parseCsv(entriesCsv([taskless], { timeZone: 'UTC', now: 0, personName: () => 'Ada' }));
    expect(row?.slice(6, 12)).toEqual(['No task', '', '', '', '', 'Ada']);
  });

  it('names every column once, even when the local zone is UTC', () => {
    const [header] = parseCsv(entriesCsv([base], { timeZone: 'UTC', now: 0, personName: () => 'Ada' }));
    expect(new Set(header).size).toBe(header?.length);
    expect(header?.slice(1, 2)).toEqual(['Start (UTC)']);
    expect(header?.at(-1)).toBe('Start (UTC, RFC 3339)');
  });

  it('gives a running entry its time so far and no end', () => {
    const running = { ...base, duration: null };
    const now = Date.parse('2026-03-29T01:00:00Z');
    const rows = parseCsv(entriesCsv([running], { timeZone: 'Europe/Berlin', now, personName: () => 'Ada' }));
    expect(rows[1]?.slice(2, 6)).toEqual(['', '0:30:00', '0.50', 'yes']);
  });
});
