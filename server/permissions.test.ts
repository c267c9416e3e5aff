import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timeEntry } from '../contract/index.ts';
import { ALL_TIME, apiClient, WS1, WS2, type ApiClient, type QueryValues, type Who } from './test-client.ts';
import { startTestServer, type TestServer } from './testing.ts';

let server: TestServer;
let api: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  api = apiClient(server.apiUrl);
});
afterAll(() => server.close());

interface Target {
  ws: string;
  task: number;
  id: number;
}
interface Call {
  method: string;
  path: string;
  query?: QueryValues;
  body?: unknown;
}
type Build = (t: Target) => Call;

const entry = (t: Target) => `${t.ws}/tasks/${t.task}/time-entries/${t.id}`;

/** Every route of the API, as a request about a fresh entry `t`. */
const ROUTES: Record<string, Build> = {
  'GET task entries': (t) => ({ method: 'GET', path: `${t.ws}/tasks/${t.task}/time-entries` }),
  'POST task entry': (t) => ({
    method: 'POST',
    path: `${t.ws}/tasks/${t.task}/time-entries`,
    body: { type: 'activity' },
  }),
  'GET entry': (t) => ({ method: 'GET', path: entry(t) }),
  'PUT entry': (t) => ({ method: 'PUT', path: entry(t), body: { type: 'break', duration: 60 } }),
  'DELETE entry': (t) => ({ method: 'DELETE', path: entry(t) }),
  'PATCH entry': (t) => ({ method: 'PATCH', path: entry(t), body: { duration: 61 } }),
  'POST archive': (t) => ({ method: 'POST', path: `${entry(t)}/archive` }),
  'PATCH restore': (t) => ({ method: 'PATCH', path: `${entry(t)}/restore` }),
  'POST unarchive': (t) => ({ method: 'POST', path: `${entry(t)}/unarchive` }),
  'GET workspace entries': (t) => ({ method: 'GET', path: `${t.ws}/time-entries`, query: ALL_TIME }),
  'POST bulk': (t) => ({
    method: 'POST',
    path: `${t.ws}/time-entries/bulk`,
    body: [{ task_id: t.task, type: 'activity' }],
  }),
  'DELETE bulk': (t) => ({ method: 'DELETE', path: `${t.ws}/time-entries/bulk`, query: { ids: t.id } }),
  'PATCH bulk': (t) => ({
    method: 'PATCH',
    path: `${t.ws}/time-entries/bulk`,
    body: [{ id: t.id, duration: 62 }],
  }),
  'PATCH bulk restore': (t) => ({
    method: 'PATCH',
    path: `${t.ws}/time-entries/bulk/restore`,
    query: { ids: t.id },
  }),
  'GET stream': (t) => ({ method: 'GET', path: `${t.ws}/time-entries/stream`, query: ALL_TIME }),
  'GET time-block stream': (t) => ({
    method: 'GET',
    path: `${t.ws}/time-entries/time-block-ids/stream`,
    query: { time_block_id: 1 },
  }),
  'GET tasks': (t) => ({ method: 'GET', path: `${t.ws}/tasks` }),
  'GET organization users': () => ({ method: 'GET', path: '/organizations/1/users' }),
};

const OK: Record<string, number> = {
  'POST task entry': 201,
  'PUT entry': 204,
  'DELETE entry': 204,
  'PATCH entry': 204,
  'POST archive': 204,
  'PATCH restore': 204,
  'POST unarchive': 204,
  'POST bulk': 204,
  'DELETE bulk': 204,
  'PATCH bulk': 204,
  'PATCH bulk restore': 204,
};
const ok = (route: string) => OK[route] ?? 200;
/** Routes about one existing entry, where its owner matters. */
const ABOUT_ENTRY = new Set([
  'GET entry',
  'PUT entry',
  'DELETE entry',
  'PATCH entry',
  'POST archive',
  'PATCH restore',
  'POST unarchive',
  'DELETE bulk',
  'PATCH bulk',
  'PATCH bulk restore',
]);

/** Someone else's entry is not there for a read (404) and refused for a change (403). */
const othersEntry = (route: string) => (route === 'GET entry' ? 404 : 403);

/** Expected status in Acme Studio for an entry owned by the lead (who has manage_time_entries there). */
function expectedInAcme(route: string, who: Who): number {
  if (who === 'anonymous') return 401;
  if (route === 'GET organization users') return 200;
  if (who === 'outsider') return 403;
  if (who === 'member' && ABOUT_ENTRY.has(route)) return othersEntry(route);
  return ok(route);
}

async function freshEntry(ws: string, task: number, owner: Who): Promise<Target> {
  const res = await api.post(`${ws}/tasks/${task}/time-entries`, {
    as: owner,
    body: { type: 'activity', start: '2031-06-01T09:00:00Z', duration: 600 },
  });
  expect(res.status, res.text).toBe(201);
  return { ws, task, id: timeEntry.parse(res.json).id };
}

async function send(call: Call, as: Who) {
  return api.call(call.method, call.path, { as, query: call.query, body: call.body });
}

const WHO: Who[] = ['lead', 'member', 'outsider', 'anonymous'];
const cases = Object.keys(ROUTES).flatMap((route) =>
  WHO.map((who) => [route, who, expectedInAcme(route, who)] as const),
);

describe('permissions in Acme Studio, on an entry of the lead', () => {
  it.each(cases)('%s as %s answers %i', async (route, who, status) => {
    const target = await freshEntry(WS1, 1, 'lead');
    const res = await send((ROUTES[route] as Build)(target), who);
    expect(res.status, res.text).toBe(status);
  });
});

describe("a member's own entry", () => {
  it.each([...ABOUT_ENTRY])('%s succeeds', async (route) => {
    const target = await freshEntry(WS1, 2, 'member');
    const res = await send((ROUTES[route] as Build)(target), 'member');
    expect(res.status, res.text).toBe(ok(route));
  });
});

describe('Side Projects, where the lead has no manage_time_entries', () => {
  it.each([...ABOUT_ENTRY])(
    "%s on the outsider's entry: 404 or 403 for the lead, fine for the outsider",
    async (route) => {
      const target = await freshEntry(WS2, 26, 'outsider');
      expect((await send((ROUTES[route] as Build)(target), 'lead')).status).toBe(othersEntry(route));
      const res = await send((ROUTES[route] as Build)(target), 'outsider');
      expect(res.status, res.text).toBe(ok(route));
    },
  );

  it('answers 403 for a workspace of another organization and an unknown one', async () => {
    for (const path of [
      '/organizations/2/workspaces/1/tasks',
      '/organizations/1/workspaces/3/tasks',
      '/organizations/9/users',
    ]) {
      expect((await api.get(path)).status, path).toBe(403);
    }
  });
});
