import { z } from 'zod';
import { MAX_PER_PAGE, count } from './common.ts';
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

/** One person of `GET /organizations/{organization_id}/users`; `user_account_id` is the entries' `toggl_user_id`. */
export const organizationUser = z.looseObject({
  id: z.number().int(),
  user_account_id: z.number().int(),
  name: z.string(),
  email: z.string(),
  workspaces: z.array(z.looseObject({ id: z.number().int(), name: z.string() })).optional(),
});
export type OrganizationUser = z.infer<typeof organizationUser>;
export const organizationUsers = z.array(organizationUser);

/** Query of `GET /organizations/{organization_id}/users`: it takes none, and says so by name. */
export const organizationUsersQuery = z.strictObject({});
