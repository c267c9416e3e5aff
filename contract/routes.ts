import type * as z from 'zod/mini';
import {
  bulkCreateBody,
  bulkPatchBody,
  createEntryBody,
  createTasklessEntryBody,
  patchEntryBody,
  replaceEntryBody,
} from './bodies.ts';
import {
  entryPath,
  idsQuery,
  organizationPath,
  streamEntriesQuery,
  taskEntriesQuery,
  taskPath,
  timeBlockStreamQuery,
  workspaceEntriesQuery,
  workspaceEntryPath,
  workspacePath,
} from './params.ts';
import { organizationUsers, organizationUsersQuery, tasksPage, tasksQuery } from './supporting.ts';
import {
  timeBlockStream,
  timeEntry,
  timeEntryPage,
  timeEntryStream,
  timeEntryWithTaskPage,
} from './time-entry.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a route answers on success: a JSON body, a JSON array written while it is read, or 204. */
export type RouteResponse =
  | { readonly kind: 'json'; readonly status: 200 | 201; readonly schema: z.ZodMiniType }
  | { readonly kind: 'stream'; readonly schema: z.ZodMiniType }
  | { readonly kind: 'no-content' };

/**
 * One operation of the API: where it lives and what it takes. The server validates `params`, `query` and
 * `body` with these schemas before any handler runs; a route without `query` ignores the query string and
 * one without `body` never reads the body.
 */
export interface RouteSpec {
  readonly method: HttpMethod;
  /** Below the API base; a `{name}` segment is a path parameter that `params` parses. */
  readonly path: string;
  readonly params: z.ZodMiniType;
  readonly query?: z.ZodMiniType;
  readonly body?: z.ZodMiniType;
  readonly response: RouteResponse;
}

export const WORKSPACE_PATTERN = '/organizations/{organization_id}/workspaces/{workspace_id}';
const TASK_ENTRIES = `${WORKSPACE_PATTERN}/tasks/{task_id}/time-entries` as const;
const ENTRY = `${TASK_ENTRIES}/{time_entry_id}` as const;
const ENTRIES = `${WORKSPACE_PATTERN}/time-entries` as const;
const BY_ID = `${ENTRIES}/{time_entry_id}` as const;

const NO_CONTENT = { kind: 'no-content' } as const;
const json = <S extends z.ZodMiniType, C extends 200 | 201 = 200>(schema: S, status?: C) =>
  ({ kind: 'json', status: (status ?? 200) as C, schema }) as const;
const stream = <S extends z.ZodMiniType>(schema: S) => ({ kind: 'stream', schema }) as const;

/**
 * Every route of the local Focus API: the 16 time-entry operations of the reference, in its order, then the
 * tasks and people the dashboard shows, then what the public document adds for entries without a task: a
 * create without one, and the single-entry operations by id alone (they reach any entry of the workspace). The server's router is built from this table and the dashboard's
 * URL builders (`paths`) from its patterns.
 */
export const ROUTES = {
  listTaskEntries: {
    method: 'GET',
    path: TASK_ENTRIES,
    params: taskPath,
    query: taskEntriesQuery,
    response: json(timeEntryPage),
  },
  createEntry: {
    method: 'POST',
    path: TASK_ENTRIES,
    params: taskPath,
    body: createEntryBody,
    response: json(timeEntry, 201),
  },
  getEntry: { method: 'GET', path: ENTRY, params: entryPath, response: json(timeEntry) },
  replaceEntry: {
    method: 'PUT',
    path: ENTRY,
    params: entryPath,
    body: replaceEntryBody,
    response: NO_CONTENT,
  },
  deleteEntry: { method: 'DELETE', path: ENTRY, params: entryPath, response: NO_CONTENT },
  patchEntry: { method: 'PATCH', path: ENTRY, params: entryPath, body: patchEntryBody, response: NO_CONTENT },
  archiveEntry: { method: 'POST', path: `${ENTRY}/archive`, params: entryPath, response: NO_CONTENT },
  restoreEntry: { method: 'PATCH', path: `${ENTRY}/restore`, params: entryPath, response: NO_CONTENT },
  unarchiveEntry: { method: 'POST', path: `${ENTRY}/unarchive`, params: entryPath, response: NO_CONTENT },
  listWorkspaceEntries: {
    method: 'GET',
    path: ENTRIES,
    params: workspacePath,
    query: workspaceEntriesQuery,
    response: json(timeEntryWithTaskPage),
  },
  bulkCreateEntries: {
    method: 'POST',
    path: `${ENTRIES}/bulk`,
    params: workspacePath,
    body: bulkCreateBody,
    response: NO_CONTENT,
  },
  bulkDeleteEntries: {
    method: 'DELETE',
    path: `${ENTRIES}/bulk`,
    params: workspacePath,
    query: idsQuery,
    response: NO_CONTENT,
  },
  bulkPatchEntries: {
    method: 'PATCH',
    path: `${ENTRIES}/bulk`,
    params: workspacePath,
    body: bulkPatchBody,
    response: NO_CONTENT,
  },
  bulkRestoreEntries: {
    method: 'PATCH',
    path: `${ENTRIES}/bulk/restore`,
    params: workspacePath,
    query: idsQuery,
    response: NO_CONTENT,
  },
  streamWorkspaceEntries: {
    method: 'GET',
    path: `${ENTRIES}/stream`,
    params: workspacePath,
    query: streamEntriesQuery,
    response: stream(timeEntryStream),
  },
  streamTimeBlockEntries: {
    method: 'GET',
    path: `${ENTRIES}/time-block-ids/stream`,
    params: workspacePath,
    query: timeBlockStreamQuery,
    response: stream(timeBlockStream),
  },
  listTasks: {
    method: 'GET',
    path: `${WORKSPACE_PATTERN}/tasks`,
    params: workspacePath,
    query: tasksQuery,
    response: json(tasksPage),
  },
  listOrganizationUsers: {
    method: 'GET',
    path: '/organizations/{organization_id}/users',
    params: organizationPath,
    query: organizationUsersQuery,
    response: json(organizationUsers),
  },
  createTasklessEntry: {
    method: 'POST',
    path: ENTRIES,
    params: workspacePath,
    body: createTasklessEntryBody,
    response: json(timeEntry, 201),
  },
  getEntryById: { method: 'GET', path: BY_ID, params: workspaceEntryPath, response: json(timeEntry) },
  replaceEntryById: {
    method: 'PUT',
    path: BY_ID,
    params: workspaceEntryPath,
    body: replaceEntryBody,
    response: NO_CONTENT,
  },
  deleteEntryById: { method: 'DELETE', path: BY_ID, params: workspaceEntryPath, response: NO_CONTENT },
  patchEntryById: {
    method: 'PATCH',
    path: BY_ID,
    params: workspaceEntryPath,
    body: patchEntryBody,
    response: NO_CONTENT,
  },
  archiveEntryById: {
    method: 'POST',
    path: `${BY_ID}/archive`,
    params: workspaceEntryPath,
    response: NO_CONTENT,
  },
  restoreEntryById: {
    method: 'PATCH',
    path: `${BY_ID}/restore`,
    params: workspaceEntryPath,
    response: NO_CONTENT,
  },
  unarchiveEntryById: {
    method: 'POST',
    path: `${BY_ID}/unarchive`,
    params: workspaceEntryPath,
    response: NO_CONTENT,
  },
} as const satisfies Record<string, RouteSpec>;

export type Routes = typeof ROUTES;
export type RouteName = keyof Routes;
/** The route names in table order. */
export const ROUTE_NAMES = Object.keys(ROUTES) as RouteName[];

/** What a handler of route `N` gets: its path parameters, query and body, parsed by the route's schemas. */
export type RouteInput<N extends RouteName> = InputOf<Routes[N]>;
type InputOf<R extends RouteSpec> = {
  params: z.output<R['params']>;
  query: R extends { query: infer Q extends z.ZodMiniType } ? z.output<Q> : undefined;
  body: R extends { body: infer B extends z.ZodMiniType } ? z.output<B> : undefined;
};

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

/** The path of route `name` for these parameters, below the API base. */
export function routePath<N extends RouteName>(
  name: N,
  values: Record<PathParams<Routes[N]['path']>, number | string>,
): string {
  return buildPath<Routes[N]['path']>(ROUTES[name].path, values);
}
