// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  HISTORY_CAP,
  HISTORY_PREFIX,
  addHistory,
  listHistory,
  markUndone,
  subscribeHistory,
  updateHistory,
} from './bulk-history.ts';

const me = 'basic:lead@example.com@1/1';
const other = 'basic:lead@example.com@1/2';

const record = (n: number) => ({
  kind: 'patch' as const,
  summary: `edit ${n}`,
  items: [{ id: n, task_id: 3, before: { duration: 60 } }],
  failed: 0,
});

describe('bulk-history', () => {
  beforeEach(() => localStorage.clear());

  it('keeps records newest first, per identity and workspace, under the focus.history. prefix', () => {
    addHistory(me, record(1));
    addHistory(me, record(2));
    addHistory(other, record(3));
    expect(listHistory(me).map((r) => r.summary)).toEqual(['edit 2', 'edit 1']);
    expect(listHistory(other).map((r) => r.summary)).toEqual(['edit 3']);
    expect(localStorage.getItem(`${HISTORY_PREFIX}${me}`)).toContain('edit 1');
  });

  it('survives a reload: a fresh read of storage gives the same records', () => {
    addHistory(me, record(1));
    const raw = localStorage.getItem(`${HISTORY_PREFIX}${me}`);
    localStorage.clear();
    localStorage.setItem(`${HISTORY_PREFIX}${me}`, raw ?? '');
    expect(listHistory(me)[0]?.items[0]?.before).toEqual({ duration: 60 });
  });

  it('records nothing for an operation that touched no entry', () => {
    expect(addHistory(me, { ...record(1), items: [], failed: 3 })).toBeNull();
    expect(listHistory(me)).toEqual([]);
  });

  it('marks a record undone and updates one in place', () => {
    const id = addHistory(me, record(1)) as string;
    markUndone(me, id, new Date('2026-08-01T10:00:00Z'));
    expect(listHistory(me)[0]?.undoneAt).toBe('2026-08-01T10:00:00.000Z');
    updateHistory(me, id, (r) => ({ ...r, failed: 2 }));
    expect(listHistory(me)[0]?.failed).toBe(2);
  });

  it('caps the list and tells subscribers', () => {
    const listener = vi.fn();
    const stop = subscribeHistory(listener);
    for (let i = 0; i < HISTORY_CAP + 5; i++) addHistory(me, record(i));
    stop();
    expect(listHistory(me)).toHaveLength(HISTORY_CAP);
    expect(listener).toHaveBeenCalledTimes(HISTORY_CAP + 5);
  });

  it('ignores damaged storage', () => {
    localStorage.setItem(`${HISTORY_PREFIX}${me}`, '{not json');
    expect(listHistory(me)).toEqual([]);
    localStorage.setItem(
      `${HISTORY_PREFIX}${me}`,
      JSON.stringify([{ nope: 1 }, { ...record(1), id: 'x', at: 'y' }]),
    );
    expect(listHistory(me)).toHaveLength(1);
  });
});
