import * as z from 'zod/mini';
import { BULK_LIMIT, dateTime, id, timeEntryType } from './common.ts';

const duration = z
  .int({ error: 'duration must be a whole number of seconds' })
  .check(
    z.minimum(0, { error: 'duration must not be negative' }),
    z.maximum(10 * 365 * 24 * 3600, { error: 'duration is longer than ten years' }),
  );
const startField = dateTime('start');
const positiveId = (field: string) =>
  z
    .int({ error: `${field} must be a positive integer` })
    .check(z.minimum(1, { error: `${field} must be a positive integer` }));

/** Body of `POST …/tasks/{task_id}/time-entries`. `duration` null (or absent) with a start is a running entry. */
export const createEntryBody = z.strictObject({
  type: timeEntryType,
  start: z.nullish(startField),
  duration: z.nullish(duration),
  time_block_id: z.nullish(positiveId('time_block_id')),
  user_id: z.optional(positiveId('user_id')),
});
export type CreateEntryBody = z.input<typeof createEntryBody>;

/** Body of `POST …/workspaces/{workspace_id}/time-entries`: a taskless entry, otherwise as a create. */
export const createTasklessEntryBody = createEntryBody;
export type CreateTasklessEntryBody = CreateEntryBody;

/** Body of PUT: every editable field; an absent optional one is cleared. */
export const replaceEntryBody = z.strictObject({
  type: timeEntryType,
  start: z.nullish(startField),
  duration: z.nullish(duration),
  time_block_id: z.nullish(positiveId('time_block_id')),
});
export type ReplaceEntryBody = z.input<typeof replaceEntryBody>;

const patchFields = {
  type: z.optional(timeEntryType),
  start: z.optional(z.nullable(startField)),
  duration: z.optional(z.nullable(duration)),
  task_id: z.optional(positiveId('task_id')),
  time_block_id: z.optional(z.nullable(positiveId('time_block_id'))),
};

const notEmpty = <T extends object>(body: T, ctx: z.core.$RefinementCtx<T>) => {
  if (Object.keys(body as Record<string, unknown>).filter((k) => k !== 'id').length === 0) {
    ctx.addIssue({
      code: 'custom',
      message: 'body: name at least one of type, start, duration, task_id, time_block_id',
    });
  }
};

/** Body of PATCH: only the fields to change. */
export const patchEntryBody = z.strictObject(patchFields).check(z.superRefine(notEmpty));
export type PatchEntryBody = z.input<typeof patchEntryBody>;

const bulkArray = <T extends z.core.$ZodType>(item: T) =>
  z
    .array(item, { error: 'body must be a JSON array of entries' })
    .check(
      z.minLength(1, { error: 'body must hold at least one entry' }),
      z.maxLength(BULK_LIMIT, { error: `body may hold at most ${BULK_LIMIT} entries` }),
    );

/** Body of bulk create: a bare array; an item without `task_id` is a taskless entry. */
export const bulkCreateBody = bulkArray(
  z.strictObject({
    task_id: z.optional(positiveId('task_id')),
    type: timeEntryType,
    start: z.nullish(startField),
    duration: z.nullish(duration),
    time_block_id: z.nullish(positiveId('time_block_id')),
    user_id: z.optional(positiveId('user_id')),
  }),
);
export type BulkCreateBody = z.input<typeof bulkCreateBody>;

/** Body of bulk PATCH: a bare array of patches, each with its `id`, each id once. */
export const bulkPatchBody = bulkArray(
  z.strictObject({ id: id('id'), ...patchFields }).check(z.superRefine(notEmpty)),
).check(
  z.superRefine((items, ctx) => {
    const seen = new Set<number>();
    items.forEach((item, i) => {
      if (seen.has(item.id))
        ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `id ${item.id} appears twice` });
      seen.add(item.id);
    });
  }),
);
export type BulkPatchBody = z.input<typeof bulkPatchBody>;
export type BulkPatchItem = BulkPatchBody[number];
