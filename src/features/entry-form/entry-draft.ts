import { timeEntry, type TimeEntry } from '../../../contract/index.ts';
import type { EntryFormValues } from './entry-form-values.ts';
import { formatTarget, type EntryFormTarget } from './use-entry-form-target.ts';

/**
 * An unsaved form, kept in sessionStorage so a reload (or a crash) does not lose it. For an edit it keeps
 * the server version the changes were made against, so a save after the reload still detects conflicts.
 */
export interface EntryDraft {
  values: EntryFormValues;
  base: TimeEntry | null;
}

export const DRAFT_PREFIX = 'focus.draft.';
export const draftKey = (target: EntryFormTarget) => `${DRAFT_PREFIX}${formatTarget(target)}`;

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function isValues(v: unknown): v is EntryFormValues {
  if (!v || typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  return (
    typeof o.start === 'string' &&
    typeof o.duration === 'string' &&
    (o.taskId === null || typeof o.taskId === 'number') &&
    (o.type === 'activity' || o.type === 'break') &&
    typeof o.timeBlock === 'string' &&
    typeof o.userId === 'string'
  );
}

export function loadDraft(target: EntryFormTarget): EntryDraft | null {
  const raw = storage()?.getItem(draftKey(target));
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as { values?: unknown; base?: unknown };
    const base = v.base == null ? null : timeEntry.safeParse(v.base);
    if (isValues(v.values) && (base === null || base.success)) {
      return { values: v.values, base: base?.success ? base.data : null };
    }
  } catch {
    // A damaged draft is dropped below.
  }
  storage()?.removeItem(draftKey(target));
  return null;
}

export function saveDraft(target: EntryFormTarget, draft: EntryDraft) {
  try {
    storage()?.setItem(draftKey(target), JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the form still holds the values; only reload-survival is lost.
  }
}

export function clearDraft(target: EntryFormTarget) {
  storage()?.removeItem(draftKey(target));
}
