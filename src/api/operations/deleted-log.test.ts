// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import {
  DELETED_LOG_CAP,
  DELETED_LOG_PREFIX,
  forgetRestored,
  listDeleted,
  recordDeleted,
  subscribeDeleted,
} from './deleted-log.ts';

const entry = (id: number): TimeEntryWithTask => ({
  id,
  workspace_id: 1,
  toggl_user_id: 7,
  task_id: 3,
  type: 'activity',
  start: '2026-03-01T08:00:00Z',
  duration: 3600,
  created_at: '2026-03-01T08:00:00Z',
});

const me = 'basic:lead@example.com@1/1';

describe('deleted-log', () => {
  beforeEach(() => localStorage.clear());

  it('records snapshots newest first, per identity', () => {
    recordDeleted(me, [entry(1)], new Date('2026-03-01T10:00:00Z'));
    recordDeleted(me, [entry(2), entry(3)], new Date('2026-03-02T10:00:00Z'));
    recordDeleted('apiKey@1/2', [entry(9)]);
    expect(listDeleted(me).map((r) => r.entry.id)).toEqual([2, 3, 1]);
    expect(listDeleted(me)[0]?.deletedAt).toBe('2026-03-02T10:00:00.000Z');
    expect(listDeleted('apiKey@1/2').map((r) => r.entry.id)).toEqual([9]);
    expect(localStorage.getItem(`${DELETED_LOG_PREFIX}${me}`)).toContain('"id":1');
  });

  it('replaces the older record when an id is deleted again', () => {
    recordDeleted(me, [entry(1)], new Date('2026-03-01T10:00:00Z'));
    recordDeleted(me, [entry(1)], new Date('2026-03-03T10:00:00Z'));
    expect(listDeleted(me)).toHaveLength(1);
    expect(listDeleted(me)[0]?.deletedAt).toBe('2026-03-03T10:00:00.000Z');
  });

  it('forgets restored entries', () => {
    recordDeleted(me, [entry(1), entry(2), entry(3)]);
    forgetRestored(me, [1, 3]);
    expect(listDeleted(me).map((r) => r.entry.id)).toEqual([2]);
    forgetRestored(me, [2]);
    expect(listDeleted(me)).toEqual([]);
  });

  it('keeps only the newest records beyond the cap', () => {
    const many = Array.from({ length: DELETED_LOG_CAP + 10 }, (_, i) => entry(i + 1));
    recordDeleted(me, many.slice(0, 10), new Date('2026-03-01T10:00:00Z'));
    recordDeleted(me, many.slice(10), new Date('2026-03-02T10:00:00Z'));
    const list = listDeleted(me);
    expect(list).toHaveLength(DELETED_LOG_CAP);
    expect(list.every((r) => r.deletedAt.startsWith('2026-03-02'))).toBe(true);
  });

  it('returns a stable array between changes and tells subscribers', () => {
    const listener = vi.fn();
    const stop = subscribeDeleted(listener);
    recordDeleted(me, [entry(1)]);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listDeleted(me)).toBe(listDeleted(me));
    stop();
    recordDeleted(me, [entry(2)]);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('survives damaged storage', () => {
    localStorage.setItem(`${DELETED_LOG_PREFIX}${me}`, '{not json');
    expect(listDeleted(me)).toEqual([]);
    localStorage.setItem(
      `${DELETED_LOG_PREFIX}${me}`,
      JSON.stringify([{ nope: 1 }, { entry: entry(4), deletedAt: 'x' }]),
    );
    expect(listDeleted(me).map((r) => r.entry.id)).toEqual([4]);
    recordDeleted(me, [entry(5)]);
    expect(listDeleted(me).map((r) => r.entry.id)).toContain(5);
  });
});
