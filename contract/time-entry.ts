import * as z from 'zod/mini';
import { timeEntryType } from './common.ts';

const stamp = z.string();

/** A time entry as the API returns it. Unknown fields pass through (newer API versions add some). */
export const timeEntry = z.looseObject({
  id: z.int(),
  workspace_id: z.int(),
  toggl_user_id: z.int(),
  task_id: z.nullish(z.int()),
  type: timeEntryType,
  start: z.nullish(stamp),
  duration: z.nullish(z.int()),
  time_block_id: z.nullish(z.int()),
  created_at: stamp,
  updated_at: z.nullish(stamp),
  archived_at: z.nullish(stamp),
  deleted_at: z.nullish(stamp),
});
export type TimeEntry = z.infer<typeof timeEntry>;

export const taskStatus = z.looseObject({
  id: z.int(),
  name: z.string(),
  emoji: z.nullish(z.string()),
  type: z.nullish(z.string()),
});

export const tagLite = z.looseObject({ id: z.int(), name: z.string(), color: z.nullish(z.string()) });
export const clientLite = z.looseObject({ id: z.int(), name: z.string() });

export const projectRate = z.looseObject({
  billable: z.nullish(z.boolean()),
  currency: z.nullish(z.string()),
  hourly_rate: z.nullish(z.number()),
});

export const projectLite = z.looseObject({
  id: z.int(),
  name: z.string(),
  color: z.nullish(z.string()),
  client: z.nullish(clientLite),
  rate: z.nullish(projectRate),
});

/** The task embedded in workspace-list and stream rows. */
export const embeddedTask = z.looseObject({
  id: z.int(),
  name: z.string(),
  color: z.nullish(z.string()),
  status_id: z.nullish(z.int()),
  status: z.nullish(taskStatus),
  priority: z.nullish(z.string()),
  tags: z.nullish(z.array(tagLite)),
  client: z.nullish(clientLite),
  project_id: z.nullish(z.int()),
  project: z.nullish(projectLite),
});
export type EmbeddedTask = z.infer<typeof embeddedTask>;

export const timeEntryWithTask = z.extend(timeEntry, { task: z.nullish(embeddedTask) });
export type TimeEntryWithTask = z.infer<typeof timeEntryWithTask>;

export const timeEntryPage = z.looseObject({
  data: z.array(timeEntry),
  page: z.int(),
  per_page: z.int(),
});
export type TimeEntryPage = z.infer<typeof timeEntryPage>;

export const timeEntryWithTaskPage = z.looseObject({
  data: z.array(timeEntryWithTask),
  page: z.int(),
  per_page: z.int(),
});
export type TimeEntryWithTaskPage = z.infer<typeof timeEntryWithTaskPage>;

/** `/time-entries/stream` answers a bare array of rows with their task. */
export const timeEntryStream = z.array(timeEntryWithTask);
/** `/time-entries/time-block-ids/stream` answers a bare array of plain rows. */
export const timeBlockStream = z.array(timeEntry);
