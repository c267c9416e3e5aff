import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { TimeEntry, WorkspaceRef } from '../../../contract/index.ts';
import { entryKeys } from '../query-keys.ts';

type Page = { data: TimeEntry[] };
type Snapshot = Array<[QueryKey, unknown]>;

const isPage = (v: unknown): v is Page => !!v && typeof v === 'object' && Array.isArray((v as Page).data);

/** Applies `change` to every cached copy of the given entries (lists, streams and details); returns the old data. */
export function changeCachedEntries(
  qc: QueryClient,
  w: WorkspaceRef,
  ids: readonly number[],
  change: (entry: TimeEntry) => TimeEntry | null,
): Snapshot {
  const wanted = new Set(ids);
  const snapshot: Snapshot = qc.getQueriesData({ queryKey: entryKeys.all(w) });
  const apply = (list: TimeEntry[]) => {
    let touched = false;
    const next: TimeEntry[] = [];
    for (const e of list) {
      if (!wanted.has(e.id)) {
        next.push(e);
        continue;
      }
      touched = true;
      const changed = change(e);
      if (changed) next.push(changed);
    }
    return touched ? next : list;
  };
  for (const [key, data] of snapshot) {
    if (Array.isArray(data)) qc.setQueryData(key, apply(data as TimeEntry[]));
    else if (isPage(data)) {
      const next = apply(data.data);
      if (next !== data.data) qc.setQueryData(key, { ...data, data: next });
    } else if (data && typeof data === 'object' && wanted.has((data as TimeEntry).id)) {
      const changed = change(data as TimeEntry);
      if (changed) qc.setQueryData(key, changed);
      else qc.removeQueries({ queryKey: key, exact: true });
    }
  }
  return snapshot;
}

export function restoreSnapshot(qc: QueryClient, snapshot: Snapshot) {
  for (const [key, data] of snapshot) qc.setQueryData(key, data);
}

/** Every list and stream may hold a changed entry, since any filter could match it. */
export async function invalidateLists(qc: QueryClient, w: WorkspaceRef) {
  await Promise.all([
    qc.invalidateQueries({ queryKey: entryKeys.lists(w) }),
    qc.invalidateQueries({ queryKey: entryKeys.streams(w) }),
  ]);
}

export async function invalidateEntries(qc: QueryClient, w: WorkspaceRef, ids: readonly number[]) {
  await Promise.all([
    invalidateLists(qc, w),
    ...ids.map((id) => qc.invalidateQueries({ queryKey: entryKeys.detail(w, id) })),
  ]);
}

/** Where an entry lives in the API's paths. */
export interface EntryRef {
  id: number;
  task_id: number;
}
