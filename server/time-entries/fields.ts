import type { z } from 'zod';
import type { patchEntryBody, replaceEntryBody } from '../../contract/index.ts';
import type { EntryFields, EntryRow } from './columns.ts';

type Replace = z.output<typeof replaceEntryBody>;
type Patch = z.output<typeof patchEntryBody>;

export const toMs = (start: string | null | undefined): number | null =>
  start === null || start === undefined ? null : Date.parse(start);

/** PUT: every editable field from the body, an absent optional one cleared; the task stays. */
export function replaced(row: EntryRow, body: Replace): EntryFields {
  return {
    task_id: row.task_id,
    type: body.type,
    start_ms: toMs(body.start),
    duration: body.duration ?? null,
    time_block_id: body.time_block_id ?? null,
  };
}

/** PATCH: only the fields the body names. */
export function patched(row: EntryRow, body: Patch): EntryFields {
  return {
    task_id: body.task_id ?? row.task_id,
    type: body.type ?? row.type,
    start_ms: body.start === undefined ? row.start_ms : toMs(body.start),
    duration: body.duration === undefined ? row.duration : body.duration,
    time_block_id: body.time_block_id === undefined ? row.time_block_id : body.time_block_id,
  };
}
