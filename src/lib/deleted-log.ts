import { useSyncExternalStore } from 'react';
import type { TimeEntryWithTask } from '../../contract/index.ts';

/**
 * What this browser deleted, per person and workspace. The API cannot list deleted entries, so the
 * dashboard keeps its own snapshots to offer "Recently deleted" and Undo. Only entry data, never secrets.
 */
export interface DeletedRecord {
  entry: TimeEntryWithTask;
  /** When it was deleted, as an ISO string (the caller's clock). */
  deletedAt: string;
}

export const DELETED_LOG_PREFIX = 'focus.deleted.';
/** Newest records kept per identity; older ones drop off so localStorage stays small. */
export const DELETED_LOG_CAP = 2000;

const keyOf = (identity: string) => `${DELETED_LOG_PREFIX}${identity}`;
const listeners = new Set<() => void>();
/** Cached parse per identity so useSyncExternalStore sees a stable array between changes. */
const cache = new Map<string, { raw: string | null; list: DeletedRecord[] }>();
const EMPTY: DeletedRecord[] = [];

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

function isRecord(v: unknown): v is DeletedRecord {
  if (!v || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  const e = r.entry as Record<string, unknown> | null | undefined;
  return typeof r.deletedAt === 'string' && !!e && typeof e === 'object' && typeof e.id === 'number';
}

/** Every record for the identity, newest deletion first. */
export function listDeleted(identity: string): DeletedRecord[] {
  const raw = storage()?.getItem(keyOf(identity)) ?? null;
  const hit = cache.get(identity);
  if (hit && hit.raw === raw) return hit.list;
  let list: DeletedRecord[] = EMPTY;
  if (raw) {
    try {
      const parsed: unknown = JSON.parse(raw);
      list = Array.isArray(parsed) ? parsed.filter(isRecord) : EMPTY;
    } catch {
      list = EMPTY;
    }
  }
  cache.set(identity, { raw, list });
  return list;
}

function write(identity: string, list: DeletedRecord[]) {
  const s = storage();
  if (!s) return;
  const key = keyOf(identity);
  try {
    if (list.length === 0) s.removeItem(key);
    else s.setItem(key, JSON.stringify(list));
  } catch {
    // Quota exceeded: keep the newest half rather than lose the newest deletion.
    try {
      s.setItem(key, JSON.stringify(list.slice(0, Math.ceil(list.length / 2))));
    } catch {
      return;
    }
  }
  listeners.forEach((l) => l());
}

/** Records entries as deleted at `when`. A re-deleted id replaces its older record. */
export function recordDeleted(
  identity: string,
  entries: readonly TimeEntryWithTask[],
  when: Date = new Date(),
) {
  if (entries.length === 0) return;
  const deletedAt = when.toISOString();
  const ids = new Set(entries.map((e) => e.id));
  const fresh = entries.map((entry) => ({ entry, deletedAt }));
  const kept = listDeleted(identity).filter((r) => !ids.has(r.entry.id));
  const merged = [...fresh, ...kept].sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  write(identity, merged.slice(0, DELETED_LOG_CAP));
}

/** Drops the records of entries that were restored (or are otherwise no longer deleted). */
export function forgetRestored(identity: string, ids: readonly number[]) {
  if (ids.length === 0) return;
  const drop = new Set(ids);
  const list = listDeleted(identity);
  const next = list.filter((r) => !drop.has(r.entry.id));
  if (next.length !== list.length) write(identity, next);
}

export function subscribeDeleted(listener: () => void) {
  listeners.add(listener);
  // Another tab deleting or restoring changes localStorage too.
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key.startsWith(DELETED_LOG_PREFIX)) listener();
  };
  if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
  };
}

/** The identity's records, newest first; re-renders on every change (this tab or another). */
export function useDeletedLog(identity: string | null): DeletedRecord[] {
  return useSyncExternalStore(
    subscribeDeleted,
    () => (identity ? listDeleted(identity) : EMPTY),
    () => EMPTY,
  );
}
