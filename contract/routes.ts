import type * as z from 'zod/mini';
import { ROUTE_PATHS, buildPath, type PathParams } from './route-paths.ts';
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

export { WORKSPACE_PATTERN, buildPath, type PathParams } from './route-paths.ts';

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
    path: ROUTE_PATHS.listTaskEntries,
    params: taskPath,
    query: taskEntriesQuery,
    response: json(timeEntryPage),
  },
  createEntry: {
    method: 'POST',
    path: ROUTE_PATHS.createEntry,
    params: taskPath,
    body: createEntryBody,
    response: json(timeEntry, 201),
  },
  getEntry: { method: 'GET', path: ROUTE_PATHS.getEntry, params: entryPath, response: json(timeEntry) },
  replaceEntry: {
    method: 'PUT',
    path: ROUTE_PATHS.replaceEntry,
    params: entryPath,
    body: replaceEntryBody,
    response: NO_CONTENT,
  },
  deleteEntry: { method: 'DELETE', path: ROUTE_PATHS.deleteEntry, params: entryPath, response: NO_CONTENT },
  patchEntry: {
    method: 'PATCH',
    path: ROUTE_PATHS.patchEntry,
    params: entryPath,
    body: patchEntryBody,
    response: NO_CONTENT,
  },
  archiveEntry: { method: 'POST', path: ROUTE_PATHS.archiveEntry, params: entryPath, response: NO_CONTENT },
  restoreEntry: { method: 'PATCH', path: ROUTE_PATHS.restoreEntry, params: entryPath, response: NO_CONTENT },
  unarchiveEntry: {
    method: 'POST',
    path: ROUTE_PATHS.unarchiveEntry,
    params: entryPath,
    response: NO_CONTENT,
  },
  listWorkspaceEntries: {
    method: 'GET',
    path: ROUTE_PATHS.listWorkspaceEntries,
    params: workspacePath,
    query: workspaceEntriesQuery,
    response: json(timeEntryWithTaskPage),
  },
  bulkCreateEntries: {
    method: 'POST',
    path: ROUTE_PATHS.bulkCreateEntries,
    params: workspacePath,
    body: bulkCreateBody,
    response: NO_CONTENT,
  },
  bulkDeleteEntries: {
    method: 'DELETE',
    path: ROUTE_PATHS.bulkDeleteEntries,
    params: workspacePath,
    query: idsQuery,
    response: NO_CONTENT,
  },
  bulkPatchEntries: {
    method: 'PATCH',
    path: ROUTE_PATHS.bulkPatchEntries,
    params: workspacePath,
    body: bulkPatchBody,
    response: NO_CONTENT,
  },
  bulkRestoreEntries: {
    method: 'PATCH',
    path: ROUTE_PATHS.bulkRestoreEntries,
    params: workspacePath,
    query: idsQuery,
    response: NO_CONTENT,
  },
  streamWorkspaceEntries: {
    method: 'GET',
    path: ROUTE_PATHS.streamWorkspaceEntries,
    params: workspacePath,
    query: streamEntriesQuery,
    response: stream(timeEntryStream),
  },
  streamTimeBlockEntries: {
    method: 'GET',
    path: ROUTE_PATHS.streamTimeBlockEntries,
    params: workspacePath,
    query: timeBlockStreamQuery,
    response: stream(timeBlockStream),
  },
  listTasks: {
    method: 'GET',
    path: ROUTE_PATHS.listTasks,
    params: workspacePath,
    query: tasksQuery,
    response: json(tasksPage),
  },
  listOrganizationUsers: {
    method: 'GET',
    path: ROUTE_PATHS.listOrganizationUsers,
    params: organizationPath,
    query: organizationUsersQuery,
    response: json(organizationUsers),
  },
  createTasklessEntry: {
    method: 'POST',
    path: ROUTE_PATHS.createTasklessEntry,
    params: workspacePath,
    body: createTasklessEntryBody,
    response: json(timeEntry, 201),
  },
  getEntryById: {
    method: 'GET',
    path: ROUTE_PATHS.getEntryById,
    params: workspaceEntryPath,
    response: json(timeEntry),
  },
  replaceEntryById: {
    method: 'PUT',
    path: ROUTE_PATHS.replaceEntryById,
    params: workspaceEntryPath,
    body: replaceEntryBody,
    response: NO_CONTENT,
  },
  deleteEntryById: {
    method: 'DELETE',
    path: ROUTE_PATHS.deleteEntryById,
    params: workspaceEntryPath,
    response: NO_CONTENT,
  },
  patchEntryById: {
    method: 'PATCH',
    path: ROUTE_PATHS.patchEntryById,
    params: workspaceEntryPath,
    body: patchEntryBody,
    response: NO_CONTENT,
  },
  archiveEntryById: {
    method: 'POST',
    path: ROUTE_PATHS.archiveEntryById,
    params: workspaceEntryPath,
    response: NO_CONTENT,
  },
  restoreEntryById: {
    method: 'PATCH',
    path: ROUTE_PATHS.restoreEntryById,
    params: workspaceEntryPath,
    response: NO_CONTENT,
  },
  unarchiveEntryById: {
    method: 'POST',
    path: ROUTE_PATHS.unarchiveEntryById,
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

/** The path of route `name` for these parameters, below the API base. */
export function routePath<N extends RouteName>(
  name: N,
  values: Record<PathParams<Routes[N]['path']>, number | string>,
): string {
  return buildPath<Routes[N]['path']>(ROUTES[name].path, values);
}
