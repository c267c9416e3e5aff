import * as z from 'zod/mini';
import type { PatchEntryBody, TimeEntry, TimeEntryType } from '../../../contract/index.ts';
import { parseDuration } from '../../lib/duration-parse.ts';
import { formatDuration } from '../../lib/format-duration.ts';
import { formatStart, parseStart, sameInstant } from './start-time.ts';

/** What the inputs hold: text as typed, so nothing the person wrote is ever lost to parsing. */
export interface EntryFormValues {
  start: string;
  duration: string;
  taskId: number | null;
  type: TimeEntryType;
  timeBlock: string;
  /** `''` = the signed-in person. */
  userId: string;
}

/** The same values, checked and in the API's terms. */
export interface EntryFields {
  start: string | null;
  duration: number | null;
  /** `null` only for an entry that has no task and keeps it so. */
  task_id: number | null;
  type: TimeEntryType;
  time_block_id: number | null;
  user_id: number | null;
}

export type EditableField = 'start' | 'duration' | 'task_id' | 'type' | 'time_block_id';
export const EDITABLE_FIELDS: readonly EditableField[] = [
  'start',
  'duration',
  'task_id',
  'type',
  'time_block_id',
];

/** Form field that shows a message about an API field. */
export const FORM_FIELD_OF: Record<string, keyof EntryFormValues> = {
  start: 'start',
  duration: 'duration',
  task_id: 'taskId',
  type: 'type',
  time_block_id: 'timeBlock',
  user_id: 'userId',
};

export function entryFormSchema(timeZone: string, options: { taskOptional?: boolean } = {}) {
  const fields = z.object({
    start: z.string(),
    duration: z.string(),
    taskId: z.nullable(z.int().check(z.positive())),
    type: z.enum(['activity', 'break']),
    timeBlock: z.string(),
    userId: z.string(),
  });
  return z.pipe(
    fields,
    z.transform((v: z.output<typeof fields>, payload): EntryFields => {
      const fail = (field: keyof EntryFormValues, message: string) =>
        payload.issues.push({ code: 'custom', path: [field], message, input: v });
      const start = parseStart(v.start, timeZone);
      if (!start.ok) fail('start', start.error);
      const duration = v.duration.trim() === '' ? null : parseDuration(v.duration);
      if (duration && !duration.ok) fail('duration', duration.error);
      if (v.taskId === null && !options.taskOptional) fail('taskId', 'Choose a task.');
      const block = v.timeBlock.trim();
      if (block !== '' && !/^[1-9]\d{0,14}$/.test(block))
        fail('timeBlock', 'A time block is a positive whole number (its id), or empty.');
      return {
        start: start.ok ? start.iso : null,
        duration: duration?.ok ? duration.seconds : null,
        task_id: v.taskId,
        type: v.type,
        time_block_id: block === '' ? null : Number(block),
        user_id: v.userId === '' ? null : Number(v.userId),
      };
    }),
  );
}

export function valuesFromEntry(entry: TimeEntry, timeZone: string): EntryFormValues {
  return {
    start: formatStart(entry.start, timeZone),
    duration: entry.duration == null ? '' : formatDuration(entry.duration, 'h:mm:ss'),
    taskId: entry.task_id ?? null,
    type: entry.type,
    timeBlock: entry.time_block_id == null ? '' : String(entry.time_block_id),
    userId: '',
  };
}

function same(field: EditableField, a: unknown, b: unknown): boolean {
  if (field === 'start') return sameInstant(a as string | null, b as string | null);
  return (a ?? null) === (b ?? null);
}

/** The PATCH body: only the fields whose value differs from `base`. */
export function changedFields(base: TimeEntry, next: EntryFields): PatchEntryBody {
  const patch: Record<string, unknown> = {};
  for (const f of EDITABLE_FIELDS) if (!same(f, base[f], next[f])) patch[f] = next[f];
  return patch as PatchEntryBody;
}

/** Every field PUT replaces changed, and the task did not: PUT says it in one request. */
export function isFullReplace(patch: PatchEntryBody): boolean {
  return !('task_id' in patch) && ['type', 'start', 'duration', 'time_block_id'].every((f) => f in patch);
}

export interface ConflictRow {
  field: EditableField;
  yours: EntryFields[EditableField];
  theirs: TimeEntry[EditableField];
  /** Who moved the value away from what the form loaded. */
  changedBy: 'you' | 'them' | 'both';
}

/**
 * Every field where saving the form would change the server's current value, with who changed it.
 * A conflict exists only when some row was changed by them; rows changed by you alone are shown for context.
 */
export function conflictRows(base: TimeEntry, server: TimeEntry, next: EntryFields): ConflictRow[] {
  const rows: ConflictRow[] = [];
  for (const f of EDITABLE_FIELDS) {
    if (same(f, next[f], server[f])) continue;
    const them = !same(f, base[f], server[f]);
    const you = !same(f, base[f], next[f]);
    if (!them && !you) continue;
    rows.push({
      field: f,
      yours: next[f],
      theirs: server[f],
      changedBy: them && you ? 'both' : them ? 'them' : 'you',
    });
  }
  return rows;
}

export const hasConflict = (rows: readonly ConflictRow[]) => rows.some((r) => r.changedBy !== 'you');
