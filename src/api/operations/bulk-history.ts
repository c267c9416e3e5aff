import type { TimeEntryWithTask } from '../../../contract/index.ts';
import type { FieldValues } from '../../lib/bulk-plan.ts';
import { useIdentity } from '../api-context.tsx';
import { createIdentityListStore } from './identity-list-store.ts';

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

// A bulk operation is worth more than the oldest ones: on a full quota, halve until the newest fit.
const store = createIdentityListStore({
  prefix: HISTORY_PREFIX,
  cap: HISTORY_CAP,
  isItem: isRecord,
  halveUntilFits: true,
});

/** The identity's records, newest first. */
export const listHistory = (identity: string): HistoryRecord[] => store.list(identity);

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
  store.write(identity, [full, ...listHistory(identity)]);
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
  store.write(
    identity,
    list.map((r) => (r.id === id ? change(r) : r)),
  );
}

export const markUndone = (identity: string, id: string, when = new Date()) =>
  updateHistory(identity, id, (r) => ({ ...r, undoneAt: when.toISOString() }));

export const subscribeHistory = (listener: () => void): (() => void) => store.subscribe(listener);

export function useHistory(): HistoryRecord[] {
  const identity = useIdentity();
  return store.useList(identity || null);
}
