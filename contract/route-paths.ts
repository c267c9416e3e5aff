/**
 * Where each route of the table (routes.ts) lives, below the API base, and how a path is filled in. Kept
 * apart from the route table and its schemas so that the dashboard's URL builders (paths.ts) load without
 * zod: its first screen builds URLs long before it needs a schema.
 */
export const WORKSPACE_PATTERN = '/organizations/{organization_id}/workspaces/{workspace_id}';
const TASK_ENTRIES = `${WORKSPACE_PATTERN}/tasks/{task_id}/time-entries` as const;
const ENTRY = `${TASK_ENTRIES}/{time_entry_id}` as const;
const ENTRIES = `${WORKSPACE_PATTERN}/time-entries` as const;
const BY_ID = `${ENTRIES}/{time_entry_id}` as const;

/** The path pattern of every route, by the route's name in ROUTES. */
export const ROUTE_PATHS = {
  listTaskEntries: TASK_ENTRIES,
  createEntry: TASK_ENTRIES,
  getEntry: ENTRY,
  replaceEntry: ENTRY,
  deleteEntry: ENTRY,
  patchEntry: ENTRY,
  archiveEntry: `${ENTRY}/archive`,
  restoreEntry: `${ENTRY}/restore`,
  unarchiveEntry: `${ENTRY}/unarchive`,
  listWorkspaceEntries: ENTRIES,
  bulkCreateEntries: `${ENTRIES}/bulk`,
  bulkDeleteEntries: `${ENTRIES}/bulk`,
  bulkPatchEntries: `${ENTRIES}/bulk`,
  bulkRestoreEntries: `${ENTRIES}/bulk/restore`,
  streamWorkspaceEntries: `${ENTRIES}/stream`,
  streamTimeBlockEntries: `${ENTRIES}/time-block-ids/stream`,
  listTasks: `${WORKSPACE_PATTERN}/tasks`,
  listOrganizationUsers: '/organizations/{organization_id}/users',
  createTasklessEntry: ENTRIES,
  getEntryById: BY_ID,
  replaceEntryById: BY_ID,
  deleteEntryById: BY_ID,
  patchEntryById: BY_ID,
  archiveEntryById: `${BY_ID}/archive`,
  restoreEntryById: `${BY_ID}/restore`,
  unarchiveEntryById: `${BY_ID}/unarchive`,
} as const;

/** The `{name}` parameters of a path pattern, e.g. `'organization_id' | 'workspace_id'`. */
export type PathParams<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PathParams<Rest>
  : never;

/** Fills a pattern's `{name}` segments, each URL-encoded. */
export function buildPath<P extends string>(
  pattern: P,
  values: Record<PathParams<P>, number | string>,
): string {
  const named: Record<string, number | string> = values;
  return pattern.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(named[name])));
}
