import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { useIdentity } from '../api-context.tsx';
import { createIdentityListStore } from './identity-list-store.ts';

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

function isRecord(v: unknown): v is DeletedRecord {
  if (!v || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  const e = r.entry as Record<string, unknown> | null | undefined;
  return typeof r.deletedAt === 'string' && !!e && typeof e === 'object' && typeof e.id === 'number';
}

const store = createIdentityListStore({ prefix: DELETED_LOG_PREFIX, cap: DELETED_LOG_CAP, isItem: isRecord });

/** Every record for the identity, newest deletion first. */
export const listDeleted = (identity: string): DeletedRecord[] => store.list(identity);

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
  store.write(identity, merged);
}

/** Drops the records of entries that were restored (or are otherwise no longer deleted). */
export function forgetRestored(identity: string, ids: readonly number[]) {
  if (ids.length === 0) return;
  const drop = new Set(ids);
  const list = listDeleted(identity);
  const next = list.filter((r) => !drop.has(r.entry.id));
  if (next.length !== list.length) store.write(identity, next);
}

export const subscribeDeleted = (listener: () => void): (() => void) => store.subscribe(listener);

/** The identity's records, newest first; re-renders on every change (this tab or another). */
export function useDeletedLog(): DeletedRecord[] {
  const identity = useIdentity();
  return store.useList(identity || null);
}
