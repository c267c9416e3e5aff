import { z } from 'zod';
import { timeEntryType } from './common.ts';

const stamp = z.string();

/** A time entry as the API returns it. Unknown fields pass through (newer API versions add some). */
export const timeEntry = z.looseObject({
  id: z.number().int(),
  workspace_id: z.number().int(),
  toggl_user_id: z.number().int(),
  task_id: z.number().int().nullish(),
  type: timeEntryType,
  start: stamp.nullish(),
  duration: z.number().int().nullish(),
  time_block_id: z.number().int().nullish(),
  created_at: stamp,
  updated_at: stamp.nullish(),
  archived_at: stamp.nullish(),
  deleted_at: stamp.nullish(),
});
export type TimeEntry = z.infer<typeof timeEntry>;

export const taskStatus = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  emoji: z.string().nullish(),
  type: z.string().nullish(),
});

export const tagLite = z.looseObject({ id: z.number().int(), name: z.string(), color: z.string().nullish() });
export const clientLite = z.looseObject({ id: z.number().int(), name: z.string() });

export const projectRate = z.looseObject({
  billable: z.boolean().nullish(),
  currency: z.string().nullish(),
  hourly_rate: z.number().nullish(),
});

export const projectLite = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  color: z.string().nullish(),
  client: clientLite.nullish(),
  rate: projectRate.nullish(),
});

/** The task embedded in workspace-list and stream rows. */
export const embeddedTask = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  color: z.string().nullish(),
  status_id: z.number().int().nullish(),
  status: taskStatus.nullish(),
  priority: z.string().nullish(),
  tags: z.array(tagLite).nullish(),
  client: clientLite.nullish(),
  project_id: z.number().int().nullish(),
  project: projectLite.nullish(),
});
export type EmbeddedTask = z.infer<typeof embeddedTask>;

export const timeEntryWithTask = timeEntry.extend({ task: embeddedTask.nullish() });
export type TimeEntryWithTask = z.infer<typeof timeEntryWithTask>;

export const timeEntryPage = z.looseObject({
  data: z.array(timeEntry),
  page: z.number().int(),
  per_page: z.number().int(),
});
export type TimeEntryPage = z.infer<typeof timeEntryPage>;

export const timeEntryWithTaskPage = z.looseObject({
  data: z.array(timeEntryWithTask),
  page: z.number().int(),
  per_page: z.number().int(),
});
export type TimeEntryWithTaskPage = z.infer<typeof timeEntryWithTaskPage>;

/** `/time-entries/stream` answers a bare array of rows with their task. */
export const timeEntryStream = z.array(timeEntryWithTask);
/** `/time-entries/time-block-ids/stream` answers a bare array of plain rows. */
export const timeBlockStream = z.array(timeEntry);
