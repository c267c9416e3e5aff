import * as z from 'zod/mini';
import {
  BULK_LIMIT,
  MAX_PER_PAGE,
  count,
  dateTime,
  id,
  idList,
  queryBoolean,
  timeEntryType,
} from './common.ts';
import { ORDER_BY_KEYS, isOrderByKey, parseOrderByKey, type OrderByKey } from './constants.ts';

export const workspacePath = z.object({
  organization_id: id('organization_id'),
  workspace_id: id('workspace_id'),
});
export const organizationPath = z.object({ organization_id: id('organization_id') });
export const taskPath = z.extend(workspacePath, { task_id: id('task_id') });
export const entryPath = z.extend(taskPath, { time_entry_id: id('time_entry_id') });
/** `…/workspaces/{workspace_id}/time-entries/{time_entry_id}`: an entry by id alone, with a task or without. */
export const workspaceEntryPath = z.extend(workspacePath, { time_entry_id: id('time_entry_id') });

export {
  ORDER_BY_FIELDS,
  ORDER_BY_KEYS,
  isOrderByKey,
  parseOrderByKey,
  type OrderByField,
  type OrderByKey,
} from './constants.ts';

/** `order_by=start,-task_id`: comma-separated keys, `-` for descending, each field at most once. */
const orderByKeys = (s: string) => s.split(',').map((k) => k.trim());
export const orderBy = z.pipe(
  z.string().check(
    z.superRefine((s, ctx) => {
      const keys = orderByKeys(s);
      const unknown = keys.find((k) => !isOrderByKey(k));
      if (unknown !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `order_by: "${unknown}" is not one of ${ORDER_BY_KEYS.join(', ')}`,
        });
        return;
      }
      const fields = keys.map((k) => parseOrderByKey(k as OrderByKey).field);
      if (new Set(fields).size !== fields.length)
        ctx.addIssue({ code: 'custom', message: 'order_by names a field twice' });
    }),
  ),
  z.transform((s: string) => orderByKeys(s) as OrderByKey[]),
);

const paging = {
  page: z.optional(count('page', 1, 1_000_000)),
  per_page: z.optional(count('per_page', 1, MAX_PER_PAGE)),
};

/** Query of `GET …/tasks/{task_id}/time-entries`. */
export const taskEntriesQuery = z.strictObject({
  ...paging,
  order_by: z.optional(orderBy),
  type: z.optional(timeEntryType),
  archived: z.optional(queryBoolean('archived')),
  time_block_id: z.optional(id('time_block_id')),
});
/** Typed query as a client builds it (arrays are sent comma-separated). */
export type TaskEntriesQuery = z.output<typeof taskEntriesQuery>;

const rangeFilters = {
  date_from: dateTime('date_from'),
  date_to: dateTime('date_to'),
  task_id: z.optional(id('task_id')),
  status_id: z.optional(id('status_id')),
  type: z.optional(timeEntryType),
  order_by: z.optional(orderBy),
  archived: z.optional(queryBoolean('archived')),
  /** Taskless entries (no task) are left out unless this is true. */
  include_taskless: z.optional(queryBoolean('include_taskless')),
  /** The local API has no calendar events to expand; accepted for clients of the real API. */
  expand_calendar_event: z.optional(queryBoolean('expand_calendar_event')),
};

const checkRange = <T extends { date_from: string; date_to: string }>(
  q: T,
  ctx: z.core.$RefinementCtx<T>,
) => {
  if (Date.parse(q.date_from) > Date.parse(q.date_to)) {
    ctx.addIssue({ code: 'custom', path: ['date_to'], message: 'date_to must not be before date_from' });
  }
};

/** Query of `GET …/workspaces/{workspace_id}/time-entries`. */
export const workspaceEntriesQuery = z
  .strictObject({ ...rangeFilters, ...paging, time_block_id: z.optional(id('time_block_id')) })
  .check(z.superRefine(checkRange));
export type WorkspaceEntriesQuery = z.output<typeof workspaceEntriesQuery>;

/** Query of `GET …/time-entries/stream`. */
export const streamEntriesQuery = z.strictObject(rangeFilters).check(z.superRefine(checkRange));
export type StreamEntriesQuery = z.output<typeof streamEntriesQuery>;

/** Query of `GET …/time-entries/time-block-ids/stream`. */
export const timeBlockStreamQuery = z.strictObject({ time_block_id: idList('time_block_id', BULK_LIMIT) });
export type TimeBlockStreamQuery = z.output<typeof timeBlockStreamQuery>;

/** Query of bulk delete and bulk restore: `?ids=1,2,3`. */
export const idsQuery = z.strictObject({ ids: idList('ids', BULK_LIMIT) });
export type IdsQuery = z.output<typeof idsQuery>;
