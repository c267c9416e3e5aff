import { useSyncExternalStore } from 'react';
import type { TimeEntryWithTask } from '../../contract/index.ts';
import type { FieldValues } from './bulk-plan.ts';

/**
 * Every bulk operation this browser performed, per person and workspace, kept in localStorage so it can
 * be undone after a reload — not only while a toast is visible. Entry data only, never secrets.
 */
export type HistoryKind = 'patch' | 'delete' | 'restore' | 'archive' | 'unarchive' | 'duplicate';

export interface HistoryItem {
  id: number;
  task_id: number | null;
  /** The values a patch replaced (patch records only). */
  before?: FieldValues;
  /** The entry as it was when deleted (restore records), to list it as deleted again on undo. */
  snapshot?: TimeEntryWithTask;
}

export interface HistoryRecord {
  id: string;
  kind: HistoryKind;
  /** ISO time it was done. */
  at: string;
  /** What was done, in words: `Shifted start by +1h`. */
  summary: string;
  /** The entries it changed (those that failed are not here). */
  items: HistoryItem[];
  /** Entries it was meant for but the API refused. */
  failed: number;
  undoneAt?: string;
}

export const HISTORY_PREFIX = 'focus.history.';
/** Newest records kept per identity; a record may hold thousands of entries. */
export const HISTORY_CAP = 100;

const keyOf = (identity: string) => `${HISTORY_PREFIX}${identity}`;
const listeners = new Set<() => void>();
const cache = new Map<string, { raw: string | null; list: HistoryRecord[] }>();
const EMPTY: HistoryRecord[] = [];

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

function isRecord(v: unknown): v is HistoryRecord {
  if (!v || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    typeof r.kind === 'string' &&
    typeof r.at === 'string' &&
    Array.isArray(r.items)
  );
}

/** The identity's records, newest first. */
export function listHistory(identity: string): HistoryRecord[] {
  const raw = storage()?.getItem(keyOf(identity)) ?? null;
  const hit = cache.get(identity);
  if (hit && hit.raw === raw) return hit.list;
  let list = EMPTY;
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

function write(identity: string, list: HistoryRecord[]) {
  const s = storage();
  if (!s) return;
  let keep = list;
  // When the quota is full, drop the oldest records rather than the newest operation.
  while (keep.length > 0) {
    try {
      s.setItem(keyOf(identity), JSON.stringify(keep));
      break;
    } catch {
      keep = keep.slice(0, Math.floor(keep.length / 2));
    }
  }
  if (keep.length === 0) s.removeItem(keyOf(identity));
  listeners.forEach((l) => l());
}

let counter = 0;
const newId = () =>
  `${Date.now().toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

/** Adds a record; an operation that changed no entry leaves none (there is nothing to undo). */
export function addHistory(
  identity: string,
  record: Omit<HistoryRecord, 'id' | 'at'> & { at?: string },
): string | null {
  if (record.items.length === 0) return null;
  const full: HistoryRecord = { ...record, id: newId(), at: record.at ?? new Date().toISOString() };
  write(identity, [full, ...listHistory(identity)].slice(0, HISTORY_CAP));
  return full.id;
}

/** Changes one record (a retry adds items; an undo sets undoneAt). */
export function updateHistory(
  identity: string,
  id: string,
  change: (record: HistoryRecord) => HistoryRecord,
) {
  const list = listHistory(identity);
  if (!list.some((r) => r.id === id)) return;
  write(
    identity,
    list.map((r) => (r.id === id ? change(r) : r)),
  );
}

export const markUndone = (identity: string, id: string, when = new Date()) =>
  updateHistory(identity, id, (r) => ({ ...r, undoneAt: when.toISOString() }));

export function subscribeHistory(listener: () => void) {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key.startsWith(HISTORY_PREFIX)) listener();
  };
  if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
  };
}

export function useHistory(identity: string | null): HistoryRecord[] {
  return useSyncExternalStore(
    subscribeHistory,
    () => (identity ? listHistory(identity) : EMPTY),
    () => EMPTY,
  );
}
