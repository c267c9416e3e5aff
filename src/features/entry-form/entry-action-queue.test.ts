import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import type { EntryActionRequest } from './entry-action-queue.ts';

type Queue = typeof import('./entry-action-queue.ts');
let queue: Queue;
beforeEach(async () => {
  // The queue is module state: each test starts with a fresh one.
  vi.resetModules();
  queue = await import('./entry-action-queue.ts');
});

const entry = (id: number) => ({ id }) as TimeEntryWithTask;

describe('the row actions queue', () => {
  it('keeps what is asked before the runner is here and runs it, in order, once it is', () => {
    const wanted = vi.fn();
    queue.onEntryActionsWanted(wanted);
    expect(queue.entryActionsWanted()).toBe(false);
    queue.requestEntryAction({ kind: 'archive', entry: entry(1) });
    queue.requestEntryAction({ kind: 'delete', entry: entry(2) });
    expect(queue.entryActionsWanted()).toBe(true);
    expect(wanted).toHaveBeenCalledOnce();

    const ran: EntryActionRequest[] = [];
    queue.attachEntryActionRunner((r) => ran.push(r));
    expect(ran.map((r) => [r.kind, r.entry.id])).toEqual([
      ['archive', 1],
      ['delete', 2],
    ]);
    queue.requestEntryAction({ kind: 'unarchive', entry: entry(3) });
    expect(ran.map((r) => r.entry.id)).toEqual([1, 2, 3]);
  });

  it('keeps requests again once its runner has gone, for the next one', () => {
    const first: number[] = [];
    const release = queue.attachEntryActionRunner((r) => first.push(r.entry.id));
    release();
    queue.requestEntryAction({ kind: 'delete', entry: entry(4) });
    expect(first).toEqual([]);
    const second: number[] = [];
    queue.attachEntryActionRunner((r) => second.push(r.entry.id));
    expect(second).toEqual([4]);
  });
});
