/**
 * Property-based requests to every route of the table: odd path parameters, query strings and bodies, from
 * every kind of caller. Whatever arrives, the answer is never a 5xx, an error is the Focus error body, and a
 * success has the route's own shape. A fixed seed and a bounded number of runs keep it repeatable in npm test.
 */
import fc from 'fast-check';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ROUTE_NAMES,
  ROUTES,
  apiErrorBody,
  timeEntry,
  type RouteName,
  type RouteSpec,
} from '../contract/index.ts';
import { attempts, fieldsOf, type Attempt, type Example } from './route-attempts.ts';
import { apiClient, authHeader } from './test-client.ts';
import { startTestServer, type TestServer } from './testing.ts';

const SEED = 15_2026;
const RUNS_PER_ROUTE = 40;

let server: TestServer;
let entryId: number;
beforeAll(async () => {
  server = await startTestServer();
  const res = await apiClient(server.apiUrl).post(`/organizations/1/workspaces/1/tasks/1/time-entries`, {
    body: { type: 'activity', start: '2026-01-02T09:00:00Z', duration: 600 },
  });
  entryId = timeEntry.parse(res.json).id;
});
afterAll(() => server.close());

/** A request that each route answers with success, made of the entry `id` (the lead's, under task 1). */
const WS = { organization_id: '1', workspace_id: '1' };
const WINDOW = { date_from: '2000-01-01T00:00:00Z', date_to: '2100-01-01T00:00:00Z' };
const ENTRY_FIELDS = { type: 'activity', start: '2026-08-07T09:00:00Z', duration: 600 };
/** Exhaustive: a route added to the table does not compile here until it has an example. */
const examples = (id: number): Record<RouteName, Example> => {
  const entry = { ...WS, task_id: '1', time_entry_id: String(id) };
  const byId = { ...WS, time_entry_id: String(id) };
  return {
    listTaskEntries: { params: { ...WS, task_id: '1' }, query: { per_page: '5', order_by: 'start' } },
    createEntry: { params: { ...WS, task_id: '1' }, body: ENTRY_FIELDS },
    getEntry: { params: entry },
    replaceEntry: { params: entry, body: ENTRY_FIELDS },
    deleteEntry: { params: entry },
    patchEntry: { params: entry, body: { duration: 900 } },
    archiveEntry: { params: entry },
    restoreEntry: { params: entry },
    unarchiveEntry: { params: entry },
    listWorkspaceEntries: { params: WS, query: { ...WINDOW, per_page: '5', type: 'activity' } },
    bulkCreateEntries: { params: WS, body: [{ task_id: 1, ...ENTRY_FIELDS }] },
    bulkDeleteEntries: { params: WS, query: { ids: String(id) } },
    bulkPatchEntries: { params: WS, body: [{ id, duration: 700 }] },
    bulkRestoreEntries: { params: WS, query: { ids: String(id) } },
    streamWorkspaceEntries: {
      params: WS,
      query: { date_from: '2026-01-01T00:00:00Z', date_to: '2026-01-08T00:00:00Z' },
    },
    streamTimeBlockEntries: { params: WS, query: { time_block_id: '1,2' } },
    listTasks: { params: WS, query: { name: 'a' } },
    listOrganizationUsers: {
      params: { organization_id: '1' },
      query: { workspaces: '1', filter: 'a', per_page: '5', sort_dir: 'asc' },
    },
    createTasklessEntry: { params: WS, body: ENTRY_FIELDS },
    getEntryById: { params: byId },
    replaceEntryById: { params: byId, body: ENTRY_FIELDS },
    deleteEntryById: { params: byId },
    patchEntryById: { params: byId, body: { duration: 900 } },
    archiveEntryById: { params: byId },
    restoreEntryById: { params: byId },
    unarchiveEntryById: { params: byId },
  };
};

function send(method: string, a: Attempt): Promise<{ status: number; type: string; text: string }> {
  const { port } = new URL(server.url);
  const qs = new URLSearchParams(a.query).toString();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: `/api${a.path}${qs ? `?${qs}` : ''}`,
        headers: {
          ...authHeader(a.who),
          ...(a.body?.type ? { 'Content-Type': a.body.type } : {}),
          ...(a.body ? { 'Content-Length': Buffer.byteLength(a.body.raw) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type'] ?? ''),
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(a.body?.raw);
  });
}

describe('every route, whatever it is sent', () => {
  it('finds the fields of every route that takes a query or a body', () => {
    for (const name of ROUTE_NAMES) {
      const spec: RouteSpec = ROUTES[name];
      if (spec.query) expect(fieldsOf(spec.query).length, `${name} query`).toBeGreaterThan(0);
      if (spec.body) expect(fieldsOf(spec.body).length, `${name} body`).toBeGreaterThan(0);
    }
  });

  it.each(ROUTE_NAMES)(
    '%s: no 5xx; errors in the Focus error body; successes in the route shape',
    async (name) => {
      const spec: RouteSpec = ROUTES[name];
      await fc.assert(
        fc.asyncProperty(attempts(spec, examples(entryId)[name]), async (attempt) => {
          const res = await send(spec.method, attempt);
          expect(res.status, res.text).toBeLessThan(500);
          if (res.status >= 400) {
            expect(res.type).toMatch(/^application\/json/);
            const body = apiErrorBody.parse(JSON.parse(res.text));
            expect(body.trace_id).toMatch(/^[0-9a-f]+$/);
          } else if (spec.response.kind !== 'no-content') {
            spec.response.schema.parse(JSON.parse(res.text));
          } else {
            expect(res.text).toBe('');
          }
        }),
        { seed: SEED, numRuns: RUNS_PER_ROUTE },
      );
    },
  );
});
