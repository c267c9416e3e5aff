import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { TimeEntry, WorkspaceRef } from '../../../contract/index.ts';
import { ApiError } from '../api-error.ts';
import { entryKeys } from '../query-keys.ts';

/** Which cached copy an optimistic change is looking at, read from its query key. */
export interface CacheSlot {
  kind: 'list' | 'stream' | 'time-blocks' | 'detail';
  /** The `archived` filter of a list or stream: which side of archiving its rows are on. */
  archived: boolean;
}

type Page = { data: TimeEntry[] };
/** Each touched query: what it held before, and what the optimistic change put there. */
export type Snapshot = Array<{ key: QueryKey; before: unknown; after: unknown }>;

const isPage = (v: unknown): v is Page => !!v && typeof v === 'object' && Array.isArray((v as Page).data);

function slotOf(key: QueryKey): CacheSlot {
  const [, , , family, sub] = key;
  const last = key[key.length - 1];
  const archived = !!last && typeof last === 'object' && (last as { archived?: unknown }).archived === true;
  if (family === 'detail') return { kind: 'detail', archived: false };
  if (family === 'stream') return { kind: sub === 'time-blocks' ? 'time-blocks' : 'stream', archived };
  return { kind: 'list', archived };
}

/**
 * Applies `change` to every cached copy of the given entries (lists, streams and details) at once;
 * `null` takes the entry out of that copy. Returns what is needed to undo it.
 */
export function changeCachedEntries(
  qc: QueryClient,
  w: WorkspaceRef,
  ids: readonly number[],
  change: (entry: TimeEntry, slot: CacheSlot) => TimeEntry | null,
): Snapshot {
  const wanted = new Set(ids);
  const snapshot: Snapshot = [];
  for (const [key, data] of qc.getQueriesData({ queryKey: entryKeys.all(w) })) {
    const slot = slotOf(key);
    const apply = (list: TimeEntry[]) => {
      if (!list.some((e) => wanted.has(e.id))) return list;
      return list.flatMap((e) => (wanted.has(e.id) ? (change(e, slot) ?? []) : [e]));
    };
    let next: unknown = data;
    if (Array.isArray(data)) next = apply(data as TimeEntry[]);
    else if (isPage(data)) {
      const rows = apply(data.data);
      if (rows !== data.data) next = { ...data, data: rows };
    } else if (slot.kind === 'detail' && data && wanted.has((data as TimeEntry).id)) {
      // A detail is never emptied: a screen showing it keeps something to show.
      next = change(data as TimeEntry, slot) ?? data;
    }
    if (next === data) continue;
    qc.setQueryData(key, next);
    // Read back: structural sharing may store a copy, and rollback compares against what is stored.
    snapshot.push({ key, before: data, after: qc.getQueryData(key) });
  }
  return snapshot;
}

/**
 * Undoes an optimistic change. A copy that changed again since (a refetch, another edit) is left
 * alone: it is newer than the snapshot, and the invalidation that follows settles it.
 */
export function rollback(qc: QueryClient, snapshot: Snapshot) {
  for (const { key, before, after } of snapshot) {
    if (qc.getQueryData(key) === after) qc.setQueryData(key, before);
  }
}

/**
 * Marks every list and stream stale and starts their refetch without waiting for it: a write is
 * done when the server answered, not when a 50,000-row stream has been fetched again.
 */
export function invalidateLists(qc: QueryClient, w: WorkspaceRef): void {
  void qc.invalidateQueries({ queryKey: entryKeys.lists(w) });
  void qc.invalidateQueries({ queryKey: entryKeys.streams(w) });
}

/** The lists, plus the details of the entries a write changed. */
export function invalidateEntries(qc: QueryClient, w: WorkspaceRef, ids: readonly number[]): void {
  invalidateLists(qc, w);
  for (const id of ids) void qc.invalidateQueries({ queryKey: entryKeys.detail(w, id), exact: true });
}

/**
 * After a failed write: a 404 means the screen showed an entry the server no longer holds (deleted
 * or moved elsewhere), so it is refreshed; other failures changed nothing on the server.
 */
export function screenIsStale(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/** Marks deleted entries in their details (a refetch would only answer 404) and refreshes the lists. */
export function settleDeleted(qc: QueryClient, w: WorkspaceRef, ids: readonly number[]): void {
  const now = new Date().toISOString();
  for (const id of ids) {
    const key = entryKeys.detail(w, id);
    qc.setQueryData<TimeEntry>(key, (old) => (old ? { ...old, deleted_at: old.deleted_at ?? now } : old));
  }
  invalidateLists(qc, w);
}
