import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { TimeEntry } from '../../../contract/index.ts';
import { entryKeys } from '../query-keys.ts';
import { changeCachedEntries, rollback } from './cache.ts';
import { applyPatch } from './use-patch-entry.ts';

const WS = { organizationId: 1, workspaceId: 1 };
const entry = (id: number, extra: Partial<TimeEntry> = {}): TimeEntry => ({
  id,
  workspace_id: 1,
  toggl_user_id: 1,
  task_id: 5,
  type: 'activity',
  start: '2026-08-07T09:00:00Z',
  duration: 600,
  created_at: '2026-08-07T09:10:00Z',
  ...extra,
});

function seeded() {
  const qc = new QueryClient();
  const active = { date_from: 'a', date_to: 'b' };
  const archived = { ...active, archived: true };
  qc.setQueryData(entryKeys.workspaceList(WS, active), { data: [entry(1), entry(2)], page: 1, per_page: 50 });
  qc.setQueryData(entryKeys.workspaceList(WS, archived), { data: [entry(3, { archived_at: 'x' })] });
  qc.setQueryData(entryKeys.stream(WS, active), [entry(1), entry(2)]);
  qc.setQueryData(entryKeys.timeBlocks(WS, [9]), [entry(1)]);
  qc.setQueryData(entryKeys.detail(WS, 1), entry(1));
  qc.setQueryData(['tasks', 1, 1], { data: [{ id: 1 }] });
  return {
    qc,
    activeKey: entryKeys.workspaceList(WS, active),
    archivedKey: entryKeys.workspaceList(WS, archived),
  };
}

describe('changeCachedEntries', () => {
  it('changes every copy of an entry and tells lists, streams and details apart', () => {
    const { qc, activeKey } = seeded();
    const slots: string[] = [];
    const snapshot = changeCachedEntries(qc, WS, [1], (e, slot) => {
      slots.push(`${slot.kind}${slot.archived ? '+archived' : ''}`);
      return slot.kind === 'list' ? null : { ...e, duration: 1 };
    });
    expect(slots.sort()).toEqual(['detail', 'list', 'stream', 'time-blocks']);
    expect(snapshot).toHaveLength(4);
    expect(qc.getQueryData<{ data: TimeEntry[] }>(activeKey)?.data.map((e) => e.id)).toEqual([2]);
    expect(qc.getQueryData<TimeEntry>(entryKeys.detail(WS, 1))?.duration).toBe(1);
  });

  it('rolls back what it changed, but not a copy that changed again since', () => {
    const { qc, activeKey } = seeded();
    const before = qc.getQueryData(activeKey);
    const snapshot = changeCachedEntries(qc, WS, [1], (e) => ({ ...e, duration: 1 }));
    qc.setQueryData(entryKeys.detail(WS, 1), entry(1, { duration: 5 }));
    rollback(qc, snapshot);
    expect(qc.getQueryData(activeKey)).toEqual(before);
    expect(qc.getQueryData<TimeEntry>(entryKeys.detail(WS, 1))?.duration).toBe(5);
  });
});

describe('applyPatch', () => {
  it('takes the fields the patch sends, and ignores keys left undefined', () => {
    const patched = applyPatch(entry(1), { duration: 60, start: undefined, time_block_id: null });
    expect(patched).toMatchObject({ duration: 60, start: '2026-08-07T09:00:00Z', time_block_id: null });
  });
});
