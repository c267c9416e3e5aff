import { z } from 'zod';
import { BULK_LIMIT, MAX_PER_PAGE, count, idList, queryBoolean } from './common.ts';
import { embeddedTask } from './time-entry.ts';

/** Query of `GET …/workspaces/{workspace_id}/tasks` (the subset the dashboard uses). */
export const tasksQuery = z.strictObject({
  page: count('page', 1, 1_000_000).optional(),
  per_page: count('per_page', 1, MAX_PER_PAGE).optional(),
  name: z.string().max(200, { error: 'name may be at most 200 characters' }).optional(),
});
export type TasksQuery = z.output<typeof tasksQuery>;

export const task = embeddedTask.extend({ workspace_id: z.number().int() });
export type Task = z.infer<typeof task>;

export const tasksPage = z.looseObject({
  data: z.array(task),
  page: z.number().int(),
  per_page: z.number().int(),
  total: z.number().int(),
});
export type TasksPage = z.infer<typeof tasksPage>;

/**
 * Permission names the local API gives in a project's `permissions` and, per workspace, in a person's
 * `permissions` (`{ "<workspace_id>": [names] }`): every member tracks time; `manage_time_entries` sees
 * and changes everyone's entries.
 */
export const TRACK_TIME = 'track_time';
export const MANAGE_TIME_ENTRIES = 'manage_time_entries';

/** `a,b,c` in a query string: a list of words. */
const wordList = (field: string) =>
  z
    .string({ error: `${field} must be a comma-separated list` })
    .max(2000, { error: `${field} is too long` })
    .transform((s) => s.split(',').map((w) => w.trim()))
    .pipe(z.array(z.string().min(1, { error: `${field} must not hold an empty item` })));

/**
 * Query of `GET /organizations/{organization_id}/users`: the public document's parameters. Lists are
 * comma-separated; without `page` and `per_page` the answer holds everyone.
 */
export const organizationUsersQuery = z
  .strictObject({
    workspaces: idList('workspaces', BULK_LIMIT).optional(),
    user_account_ids: idList('user_account_ids', BULK_LIMIT).optional(),
    org_user_ids: idList('org_user_ids', BULK_LIMIT).optional(),
    groups: idList('groups', BULK_LIMIT).optional(),
    toggl_products: wordList('toggl_products').optional(),
    active_status: wordList('active_status').optional(),
    roles: idList('roles', BULK_LIMIT).optional(),
    only_admins: queryBoolean('only_admins').optional(),
    filter: z.string().max(200, { error: 'filter may be at most 200 characters' }).optional(),
    sort_dir: z.enum(['asc', 'desc'], { error: 'sort_dir must be asc or desc' }).optional(),
    page: count('page', 1, 1_000_000).optional(),
    per_page: count('per_page', 1, MAX_PER_PAGE).optional(),
    tag_ids: idList('tag_ids', BULK_LIMIT).optional(),
    include_working_hours: queryBoolean('include_working_hours').optional(),
    include_rates: queryBoolean('include_rates').optional(),
    pinned_ids: idList('pinned_ids', BULK_LIMIT).optional(),
    has_group: queryBoolean('has_group').optional(),
    cf_filter: wordList('cf_filter')
      .pipe(z.array(z.string().regex(/^\d+:.+$/, { error: 'cf_filter items look like fieldID:value' })))
      .optional(),
    include_custom_fields: queryBoolean('include_custom_fields').optional(),
  })
  .superRefine((q, ctx) => {
    for (const field of ['cf_filter', 'include_custom_fields'] as const) {
      if (q[field] !== undefined && q.workspaces?.length !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `${field} needs workspaces to name exactly one workspace`,
        });
      }
    }
  });
export type OrganizationUsersQuery = z.output<typeof organizationUsersQuery>;

/** One person of `GET /organizations/{organization_id}/users`; `user_account_id` is the entries' `toggl_user_id`. */
export const organizationUser = z.looseObject({
  id: z.number().int(),
  user_account_id: z.number().int(),
  name: z.string(),
  email: z.string(),
  admin: z.boolean().nullish(),
  owner: z.boolean().nullish(),
  // Permission names by workspace id (`{ "1": ["track_time", …] }`) from the local API; the document leaves
  // the shape open, so another upstream may send something else or nothing: read it where it is used.
  permissions: z.unknown().optional(),
  workspaces: z.array(z.looseObject({ id: z.number().int(), name: z.string() })).nullish(),
});
export type OrganizationUser = z.infer<typeof organizationUser>;
export const organizationUsers = z.array(organizationUser);
