import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ROUTES, ROUTE_NAMES, apiErrorBody, routePath, type RouteName } from '../contract/index.ts';
import { createApiHandler } from './api.ts';
import { splitTarget } from './app.ts';
import { openDatabase, type Db } from './db/connection.ts';
import { HANDLERS } from './handlers.ts';
import { seedDemo } from './demo/seed.ts';
import type { RouteHandlers } from './http/context.ts';
import { queryObject } from './http/validate.ts';
import { ALL_TIME, apiClient, type ApiClient, type QueryValues } from './test-client.ts';

/** A valid request of every route: path ids and, where the route takes them, a query and a body. */
const VALID: { [N in RouteName]: { query?: QueryValues; body?: unknown } } = {
  listTaskEntries: { query: { order_by: '-start,task_id', per_page: '5', archived: 'true' } },
  createEntry: { body: { type: 'activity', start: '2026-08-07T09:00:00+02:00', duration: 60 } },
  getEntry: {},
  replaceEntry: { body: { type: 'break', duration: 60 } },
  deleteEntry: {},
  patchEntry: { body: { duration: 61 } },
  archiveEntry: {},
  restoreEntry: {},
  unarchiveEntry: {},
  listWorkspaceEntries: { query: { ...ALL_TIME, page: '2', type: 'break' } },
  bulkCreateEntries: { body: [{ task_id: 1, type: 'activity', duration: 60 }] },
  bulkDeleteEntries: { query: { ids: '1,2' } },
  bulkPatchEntries: { body: [{ id: 1, duration: 62 }] },
  bulkRestoreEntries: { query: { ids: '3' } },
  streamWorkspaceEntries: { query: { ...ALL_TIME, status_id: '2' } },
  streamTimeBlockEntries: { query: { time_block_id: '4,5' } },
  listTasks: { query: { name: 'review', per_page: '10' } },
  listOrganizationUsers: { query: { workspaces: '1', filter: 'a', per_page: '5' } },
  createTasklessEntry: { body: { type: 'activity', duration: 60 } },
  getEntryById: {},
  replaceEntryById: { body: { type: 'activity', duration: 60 } },
  deleteEntryById: {},
  patchEntryById: { body: { duration: 63 } },
  archiveEntryById: {},
  restoreEntryById: {},
  unarchiveEntryById: {},
};

const IDS = { organization_id: 1, workspace_id: 1, task_id: 1, time_entry_id: 1 };
const pathOf = (name: RouteName, ids: Record<string, number | string> = IDS) => routePath(name, ids);
const withQuery = ROUTE_NAMES.filter((name) => 'query' in ROUTES[name]);
const withBody = ROUTE_NAMES.filter((name) => 'body' in ROUTES[name]);
// fetch sends no body with a GET, so the writes without one are the ones to try.
const writesWithoutBody = ROUTE_NAMES.filter(
  (name) => !('body' in ROUTES[name]) && ROUTES[name].method !== 'GET',
);

const calls: { name: RouteName; input: unknown }[] = [];

/** Handlers that only note that they ran and with what, answering as their route's response kind asks. */
const recording = Object.fromEntries(
  ROUTE_NAMES.map((name) => {
    const kind = ROUTES[name].response.kind;
    const note = (input: unknown) => calls.push({ name, input });
    if (kind === 'stream') {
      return [
        name,
        async (ctx: { res: http.ServerResponse }, input: unknown) => {
          note(input);
          ctx.res.writeHead(200, { 'Content-Type': 'application/json' }).end('[]');
        },
      ];
    }
    return [name, (_: unknown, input: unknown) => (note(input), kind === 'json' ? '{}' : undefined)];
  }),
) as unknown as RouteHandlers;

let dir: string;
let db: Db;
let server: http.Server;
let api: ApiClient;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'focus-api-'));
  const dbPath = join(dir, 'focus.db');
  db = openDatabase(dbPath);
  await seedDemo(db);
  const handle = createApiHandler({ db, dbPath, handlers: recording });
  server = http.createServer((req, res) => {
    const { pathname, query } = splitTarget(req.url ?? '/');
    void handle(req, res, pathname.slice(4) || '/', new URLSearchParams(query));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api = apiClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api`);
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  db.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  calls.length = 0;
});

async function expect400(res: { status: number; json: unknown; text: string }, field: string) {
  expect(res.status, res.text).toBe(400);
  const body = apiErrorBody.parse(res.json);
  expect(body.error).toBe('validation');
  expect(body.error_description).toContain(field);
  expect(Object.keys(body.error_values ?? {}).join(' ')).toContain(field);
  expect(calls, 'the handler ran').toEqual([]);
}

describe('every route of the table', () => {
  it('has its handler, of the kind its response calls for, or the server does not compile', () => {
    const { listTasks, deleteEntry } = HANDLERS;
    // @ts-expect-error a handler map that forgets a route
    const partial: RouteHandlers = { listTasks };
    // @ts-expect-error a no-content handler where the route answers JSON
    const wrongKind: RouteHandlers = { ...HANDLERS, getEntry: deleteEntry };
    expect(Object.keys(HANDLERS).sort()).toEqual([...ROUTE_NAMES].sort());
    expect(Object.keys(partial)).not.toEqual(Object.keys(wrongKind));
  });

  it.each(ROUTE_NAMES)('%s hands its handler the input its schemas parsed', async (name) => {
    const spec = ROUTES[name];
    const { query, body } = VALID[name];
    const res = await api.call(spec.method, pathOf(name), { query, body });
    const status = {
      json: 'status' in spec.response ? spec.response.status : 0,
      stream: 200,
      'no-content': 204,
    };
    expect(res.status, res.text).toBe(status[spec.response.kind]);
    expect(calls).toHaveLength(1);
    const search = new URLSearchParams(Object.entries(query ?? {}).map(([k, v]) => [k, String(v)]));
    expect(calls[0]).toEqual({
      name,
      input: {
        params: Object.fromEntries([...spec.path.matchAll(/\{(\w+)\}/g)].map(([, p]) => [p, 1])),
        query: 'query' in spec ? spec.query.parse(queryObject(search)) : undefined,
        body: 'body' in spec ? spec.body.parse(body) : undefined,
      },
    });
  });

  it.each(ROUTE_NAMES)('%s answers 400 naming a bad path parameter, before its handler', async (name) => {
    const spec = ROUTES[name];
    for (const [, param] of spec.path.matchAll(/\{(\w+)\}/g)) {
      for (const bad of ['x', '0', '-1', '1.5']) {
        const res = await api.call(
          spec.method,
          pathOf(name, { ...IDS, [param as string]: bad }),
          VALID[name],
        );
        await expect400(res, param as string);
      }
    }
  });

  it.each(withQuery)(
    '%s answers 400 naming a query field it does not know, before its handler',
    async (name) => {
      const { query, body } = VALID[name];
      const res = await api.call(ROUTES[name].method, pathOf(name), {
        query: { ...query, zz_unknown: 1 },
        body,
      });
      await expect400(res, 'zz_unknown');
    },
  );

  it.each(withBody)('%s answers 400 naming the body or the field in it, before its handler', async (name) => {
    const { method } = ROUTES[name];
    const { query, body } = VALID[name];
    await expect400(await api.call(method, pathOf(name), { query, rawBody: '42' }), 'body');
    await expect400(await api.call(method, pathOf(name), { query, rawBody: '{"type":' }), 'body');
    await expect400(await api.call(method, pathOf(name), { query }), 'body');
    const extra = Array.isArray(body)
      ? [{ ...(body[0] as object), zz_unknown: 1 }]
      : { ...(body as object), zz_unknown: 1 };
    await expect400(await api.call(method, pathOf(name), { query, body: extra }), 'zz_unknown');
  });

  it.each(writesWithoutBody)('%s never reads a body', async (name) => {
    const { method } = ROUTES[name];
    const res = await api.call(method, pathOf(name), { query: VALID[name].query, rawBody: '{"not json' });
    expect(res.status, res.text).toBeLessThan(300);
    expect(calls.map((c) => c.name)).toEqual([name]);
  });
});

describe('who is asking, before which route', () => {
  it.each(ROUTE_NAMES)('%s answers 401 without credentials, even to invalid input', async (name) => {
    const { method } = ROUTES[name];
    for (const path of [pathOf(name), pathOf(name, { ...IDS, organization_id: 'x' })]) {
      const res = await api.call(method, path, { ...VALID[name], as: 'anonymous' });
      expect(res.status, path).toBe(401);
      expect(apiErrorBody.parse(res.json).error).toBe('invalid_session');
    }
    expect(calls).toEqual([]);
  });

  it('answers 401 to an unknown path and a wrong method without credentials, 404 and 405 with them', async () => {
    const unknown = ['/nothing', '/', '/organizations/1/workspaces/1/tasks/1'];
    for (const path of unknown) expect((await api.get(path, { as: 'anonymous' })).status, path).toBe(401);
    const wrongMethod = () =>
      api.delete(pathOf('listWorkspaceEntries'), { query: ALL_TIME, as: 'anonymous' });
    const anonymous = await wrongMethod();
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('allow')).toBeNull();
    const badKey = await api.get('/nothing', { as: 'anonymous', headers: { Authorization: 'Bearer nope' } });
    expect(badKey.status).toBe(401);

    for (const path of unknown) expect((await api.get(path)).status, path).toBe(404);
    const allowed = await api.delete(pathOf('listWorkspaceEntries'), { query: ALL_TIME });
    expect(allowed.status).toBe(405);
    // POST there creates a taskless entry.
    expect(allowed.headers.get('allow')).toBe('GET, POST');
    expect(calls).toEqual([]);
  });
});
