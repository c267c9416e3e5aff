import { act, renderHook, waitFor } from '@testing-library/react';
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { expect } from 'vitest';
import type { TimeEntry } from '../../contract/index.ts';
import { useUsers } from '../api/supporting/use-users.ts';
import type { TestApi } from './test-api.tsx';
import { refOf, type EntryRef } from '../api/entries/entry-ref.ts';
import { useArchiveEntry } from '../api/entries/use-archive-entry.ts';
import { useBulkCreateEntries } from '../api/entries/use-bulk-create-entries.ts';
import { useBulkDeleteEntries } from '../api/entries/use-bulk-delete-entries.ts';
import { useBulkPatchEntries } from '../api/entries/use-bulk-patch-entries.ts';
import { useBulkRestoreEntries } from '../api/entries/use-bulk-restore-entries.ts';
import { useCreateEntry } from '../api/entries/use-create-entry.ts';
import { useDeleteEntry } from '../api/entries/use-delete-entry.ts';
import { useEntry } from '../api/entries/use-entry.ts';
import { usePatchEntry } from '../api/entries/use-patch-entry.ts';
import { useReplaceEntry } from '../api/entries/use-replace-entry.ts';
import { useRestoreEntry } from '../api/entries/use-restore-entry.ts';
import { useUnarchiveEntry } from '../api/entries/use-unarchive-entry.ts';
import { useWorkspaceEntries } from '../api/entries/use-workspace-entries.ts';

export { refOf };

/** For write-hook tests: the lists, a detail and every write hook, mounted together like a screen. */
export const WS = { organizationId: 1, workspaceId: 1 };
export const ACTIVE = { date_from: '2000-01-01T00:00:00Z', date_to: '2100-01-01T00:00:00Z', per_page: 100 };
export const ARCHIVED = { ...ACTIVE, archived: true };

function useScreen(ref: EntryRef | null) {
  return {
    active: useWorkspaceEntries(ACTIVE),
    archived: useWorkspaceEntries(ARCHIVED),
    detail: useEntry(ref),
    users: useUsers(),
    create: useCreateEntry(),
    replace: useReplaceEntry(),
    patch: usePatchEntry(),
    remove: useDeleteEntry(),
    archive: useArchiveEntry(),
    unarchive: useUnarchiveEntry(),
    restore: useRestoreEntry(),
    bulkCreate: useBulkCreateEntries(),
    bulkPatch: useBulkPatchEntries(),
    bulkDelete: useBulkDeleteEntries(),
    bulkRestore: useBulkRestoreEntries(),
  };
}

/** Mounts the screen, waits for its lists, then opens the detail of `choose(active rows)`. */
export async function mountScreen(t: TestApi, choose: (rows: TimeEntry[]) => TimeEntry | undefined) {
  const view = renderHook(({ ref }: { ref: EntryRef | null }) => useScreen(ref), {
    wrapper: t.wrapper,
    initialProps: { ref: null as EntryRef | null },
  });
  await waitFor(() => {
    const s = view.result.current;
    expect(s.active.isSuccess && s.archived.isSuccess && s.users.isSuccess).toBe(true);
  });
  const target = choose(view.result.current.active.data?.data ?? []);
  if (!target) throw new Error('no entry fits this test');
  view.rerender({ ref: refOf(target) });
  await waitFor(() => expect(view.result.current.detail.data?.id).toBe(target.id));
  return { view, target, screen: () => view.result.current };
}

/** The n-th finished entry that has a task: distinct n keep tests on one server apart. */
export const finished = (n: number) => (rows: TimeEntry[]) =>
  rows.filter((e) => e.task_id && e.duration != null && e.start)[n];

/** Every distinct value `pick` gave for the query at `key`, in order, as the cache changed. */
export function watchCache<T>(qc: QueryClient, key: QueryKey, pick: (data: unknown) => T): T[] {
  const hash = JSON.stringify(key);
  const seen: T[] = [pick(qc.getQueryData(key))];
  qc.getQueryCache().subscribe((event) => {
    if (JSON.stringify(event.query.queryKey) !== hash) return;
    const value = pick(event.query.state.data);
    if (JSON.stringify(value) !== JSON.stringify(seen[seen.length - 1])) seen.push(value);
  });
  return seen;
}

export const rowsOf = (data: unknown) => (data as { data?: TimeEntry[] } | undefined)?.data ?? [];
export const rowOf = (id: number) => (data: unknown) => rowsOf(data).find((e) => e.id === id);

/** Resolves to the error a write failed with (or fails the test if it succeeded). */
export async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the write to fail');
    },
    (error: unknown) => error,
  );
}

/** Runs a write that should fail, inside act so the hooks settle before the test looks. */
export async function failedWrite(write: () => Promise<unknown>): Promise<unknown> {
  let error: unknown;
  await act(async () => {
    error = await failureOf(write());
    // React Query hands state to React on a zero timeout: let that happen inside act too.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return error;
}
