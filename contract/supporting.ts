import * as z from 'zod/mini';
import { BULK_LIMIT, MAX_PER_PAGE, count, idList, queryBoolean } from './common.ts';
import { embeddedTask } from './time-entry.ts';

/** Query of `GET …/workspaces/{workspace_id}/tasks` (the subset the dashboard uses). */
export const tasksQuery = z.strictObject({
  page: z.optional(count('page', 1, 1_000_000)),
  per_page: z.optional(count('per_page', 1, MAX_PER_PAGE)),
  name: z.optional(z.string().check(z.maxLength(200, { error: 'name may be at most 200 characters' }))),
});
export type TasksQuery = z.output<typeof tasksQuery>;

export const task = z.extend(embeddedTask, { workspace_id: z.int() });
export type Task = z.infer<typeof task>;

export const tasksPage = z.looseObject({
  data: z.array(task),
  page: z.int(),
  per_page: z.int(),
  total: z.int(),
});
export type TasksPage = z.infer<typeof tasksPage>;

export { TRACK_TIME, MANAGE_TIME_ENTRIES } from './constants.ts';

/** `a,b,c` in a query string: a list of words. */
const wordList = (field: string) =>
  z.pipe(
    z.pipe(
      z
        .string({ error: `${field} must be a comma-separated list` })
        .check(z.maxLength(2000, { error: `${field} is too long` })),
      z.transform((s: string) => s.split(',').map((w) => w.trim())),
    ),
    z.array(z.string().check(z.minLength(1, { error: `${field} must not hold an empty item` }))),
  );

/**
 * Query of `GET /organizations/{organization_id}/users`: the public document's parameters. Lists are
 * comma-separated; without `page` and `per_page` the answer holds everyone.
 */
export const organizationUsersQuery = z
  .strictObject({
    workspaces: z.optional(idList('workspaces', BULK_LIMIT)),
    user_account_ids: z.optional(idList('user_account_ids', BULK_LIMIT)),
    org_user_ids: z.optional(idList('org_user_ids', BULK_LIMIT)),
    groups: z.optional(idList('groups', BULK_LIMIT)),
    toggl_products: z.optional(wordList('toggl_products')),
    active_status: z.optional(wordList('active_status')),
    roles: z.optional(idList('roles', BULK_LIMIT)),
    only_admins: z.optional(queryBoolean('only_admins')),
    filter: z.optional(z.string().check(z.maxLength(200, { error: 'filter may be at most 200 characters' }))),
    sort_dir: z.optional(z.enum(['asc', 'desc'], { error: 'sort_dir must be asc or desc' })),
    page: z.optional(count('page', 1, 1_000_000)),
    per_page: z.optional(count('per_page', 1, MAX_PER_PAGE)),
    tag_ids: z.optional(idList('tag_ids', BULK_LIMIT)),
    include_working_hours: z.optional(queryBoolean('include_working_hours')),
    include_rates: z.optional(queryBoolean('include_rates')),
    pinned_ids: z.optional(idList('pinned_ids', BULK_LIMIT)),
    has_group: z.optional(queryBoolean('has_group')),
    cf_filter: z.optional(
      z.pipe(
        wordList('cf_filter'),
        z.array(z.string().check(z.regex(/^\d+:.+$/, { error: 'cf_filter items look like fieldID:value' }))),
      ),
    ),
    include_custom_fields: z.optional(queryBoolean('include_custom_fields')),
  })
  .check(
    z.superRefine((q, ctx) => {
      for (const field of ['cf_filter', 'include_custom_fields'] as const) {
        if (q[field] !== undefined && q.workspaces?.length !== 1) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `${field} needs workspaces to name exactly one workspace`,
          });
        }
      }
    }),
  );
export type OrganizationUsersQuery = z.output<typeof organizationUsersQuery>;

/** One person of `GET /organizations/{organization_id}/users`; `user_account_id` is the entries' `toggl_user_id`. */
export const organizationUser = z.looseObject({
  id: z.int(),
  user_account_id: z.int(),
  name: z.string(),
  email: z.string(),
  admin: z.nullish(z.boolean()),
  owner: z.nullish(z.boolean()),
  // Permission names by workspace id (`{ "1": ["track_time", …] }`) from the local API; the document leaves
  // the shape open, so another upstream may send something else or nothing: read it where it is used.
  permissions: z.optional(z.unknown()),
  workspaces: z.nullish(z.array(z.looseObject({ id: z.int(), name: z.string() }))),
});
export type OrganizationUser = z.infer<typeof organizationUser>;
export const organizationUsers = z.array(organizationUser);
