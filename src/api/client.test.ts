import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { organizationUsers, paths, timeEntryPage, timeEntryWithTaskPage } from '../../contract/index.ts';
import { DEMO_ACCOUNTS, startTestServer, type TestServer } from '../testing/test-server.ts';
import { ApiError } from './api-error.ts';
import { createApiClient, toQueryString, type ResponseShape } from './client.ts';
import { authorizationHeader, type Credentials } from './credentials.ts';
import { entryWithTaskPageShape, usersShape } from './response-shapes.ts';

const WS = { organizationId: 1, workspaceId: 1 };
const lead: Credentials = {
  kind: 'basic',
  email: DEMO_ACCOUNTS.lead.email,
  password: DEMO_ACCOUNTS.lead.password,
};
const outsider: Credentials = {
  kind: 'basic',
  email: DEMO_ACCOUNTS.outsider.email,
  password: DEMO_ACCOUNTS.outsider.password,
};

/** A port nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('toQueryString', () => {
  it('joins arrays with plain commas and leaves out empty values', () => {
    expect(
      toQueryString({ ids: [1, 2, 3], a: undefined, b: null, c: '', d: [], page: 2, archived: false }),
    ).toBe('?ids=1,2,3&page=2&archived=false');
  });
  it('encodes what needs encoding and gives nothing for no query', () => {
    expect(toQueryString({ name: 'a b&c=d', date_from: '2026-08-07T00:00:00+02:00' })).toBe(
      '?name=a+b%26c%3Dd&date_from=2026-08-07T00%3A00%3A00%2B02%3A00',
    );
    expect(toQueryString(undefined)).toBe('');
    expect(toQueryString({})).toBe('');
  });
});

describe('authorizationHeader', () => {
  it('is Basic base64(email:password) of the UTF-8 bytes', () => {
    const header = authorizationHeader({ kind: 'basic', email: 'zoë@example.com', password: 'pässwörd€😀' });
    expect(header.startsWith('Basic ')).toBe(true);
    expect(Buffer.from(header.slice(6), 'base64').toString('utf8')).toBe('zoë@example.com:pässwörd€😀');
    expect(authorizationHeader(lead)).toBe(
      `Basic ${Buffer.from(`${DEMO_ACCOUNTS.lead.email}:${DEMO_ACCOUNTS.lead.password}`).toString('base64')}`,
    );
  });
  it('is Bearer <key> for an API key', () => {
    expect(authorizationHeader({ kind: 'apiKey', apiKey: 'toggl_sk_abc' })).toBe('Bearer toggl_sk_abc');
  });
});

describe('createApiClient against the local server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const clientAs = (
    credentials: Credentials | null,
    extra: Partial<Parameters<typeof createApiClient>[0]> = {},
  ) => createApiClient({ baseUrl: server.apiUrl, getCredentials: () => credentials, ...extra });

  it('sends the auth header and returns the parsed answer', async () => {
    const users = await clientAs(lead).request('GET', paths.users(1), { schema: organizationUsers });
    expect(users.length).toBeGreaterThan(3);
    expect(users.map((u) => u.email)).toContain(DEMO_ACCOUNTS.member.email);
  });

  it('signs in with an API key as well', async () => {
    const page = await clientAs({ kind: 'apiKey', apiKey: DEMO_ACCOUNTS.member.apiKey }).request(
      'GET',
      paths.workspaceEntries(WS),
      {
        query: { date_from: '2020-01-01T00:00:00Z', date_to: '2100-01-01T00:00:00Z', per_page: 5 },
        schema: timeEntryWithTaskPage,
      },
    );
    expect(page.data).toHaveLength(5);
    expect(new Set(page.data.map((e) => e.toggl_user_id))).toEqual(new Set([DEMO_ACCOUNTS.member.userId]));
  });

  it('turns an error answer into an ApiError with status, code, description and trace id', async () => {
    const error = await caught(clientAs(outsider).request('GET', paths.tasks(WS), { schema: z.unknown() }));
    expect(error).toMatchObject({ kind: 'http', status: 403, code: 'forbidden', isTransient: false });
    expect(error.description).toMatch(/\w/);
    expect(error.traceId).toMatch(/^[0-9a-f]{6,}$/);
    expect(error.message).toBe(error.description);
  });

  it('names the field in a 400', async () => {
    const error = await caught(
      clientAs(lead).request('GET', paths.workspaceEntries(WS), {
        query: { date_from: '2026-08-07', date_to: '2026-08-08T00:00:00Z' },
        schema: timeEntryWithTaskPage,
      }),
    );
    expect(error).toMatchObject({ status: 400, code: 'validation' });
    expect(error.description).toContain('date_from');
  });

  it('reports each 401 with the credentials that request carried', async () => {
    const wrong: Credentials = { kind: 'basic', email: DEMO_ACCOUNTS.lead.email, password: 'not-it' };
    const onUnauthorized = vi.fn();
    const error = await caught(
      clientAs(wrong, { onUnauthorized }).request('GET', paths.users(1), { schema: organizationUsers }),
    );
    expect(error).toMatchObject({ status: 401, code: 'invalid_session' });
    expect(onUnauthorized).toHaveBeenCalledExactlyOnceWith(error, wrong);
  });

  it('says "unexpected response" when the answer does not match the contract', async () => {
    const error = await caught(clientAs(lead).request('GET', paths.users(1), { schema: timeEntryPage }));
    expect(error).toMatchObject({ kind: 'unexpected', status: 200, isTransient: false });
    expect(error.description).toMatch(/^Unexpected response from the server: /);
  });

  it('turns an answer its quick check refuses into the same error the schema gives', async () => {
    const bySchema = await caught(
      clientAs(lead).request('GET', paths.users(1), { schema: timeEntryWithTaskPage }),
    );
    const byShape = await caught(
      clientAs(lead).request('GET', paths.users(1), { schema: entryWithTaskPageShape }),
    );
    expect(byShape).toMatchObject({ kind: 'unexpected', status: 200, description: bySchema.description });
    expect(byShape.description).toBe(
      'Unexpected response from the server: Invalid input: expected object, received array',
    );
  });

  it('fetches the schema only for an answer the quick check refuses, and then goes by the schema', async () => {
    const schema = vi.fn(() => Promise.resolve(organizationUsers));
    const people = await clientAs(lead).request('GET', paths.users(1), { schema: { ...usersShape, schema } });
    expect(people.length).toBeGreaterThan(1);
    expect(schema).not.toHaveBeenCalled();
    const strict: ResponseShape<unknown> = { fits: () => false, schema };
    await expect(clientAs(lead).request('GET', paths.users(1), { schema: strict })).resolves.toEqual(people);
    expect(schema).toHaveBeenCalledOnce();
  });

  it('returns nothing for a 204', async () => {
    const page = await clientAs(lead).request('GET', paths.taskEntries(WS, 1), {
      query: { per_page: 1 },
      schema: timeEntryPage,
    });
    const entry = page.data[0];
    if (!entry) throw new Error('task 1 has no entries');
    await expect(clientAs(lead).request('POST', paths.archive(WS, 1, entry.id))).resolves.toBeUndefined();
  });

  it('cancels through an AbortSignal', async () => {
    const controller = new AbortController();
    const pending = clientAs(lead).request('GET', paths.stream(WS), {
      query: { date_from: '2020-01-01T00:00:00Z', date_to: '2100-01-01T00:00:00Z' },
      schema: z.array(z.unknown()),
      signal: controller.signal,
    });
    controller.abort();
    expect(await caught(pending)).toMatchObject({ kind: 'aborted', isTransient: false });
  });

  it('describes the stream for a worker to send: absolute URL, auth header, and the error a refusal makes', async () => {
    const query = { date_from: '2020-01-01T00:00:00Z', date_to: '2100-01-01T00:00:00Z' };
    const { request } = clientAs(lead).streamRequest(paths.stream(WS), query);
    expect(request.url).toBe(`${server.apiUrl}${paths.stream(WS)}${toQueryString(query)}`);
    expect(request.headers).toEqual({ Accept: 'application/json', Authorization: authorizationHeader(lead) });
    const rows = (await (await fetch(request.url, { headers: request.headers })).json()) as unknown[];
    expect(rows.length).toBeGreaterThan(0);

    // A refusal becomes the ApiError the client's own requests throw for it.
    const forbidden = clientAs(outsider).streamRequest(paths.stream(WS), query);
    const answer = await fetch(forbidden.request.url, { headers: forbidden.request.headers });
    const error = await forbidden.failedAnswer(answer);
    const direct = await caught(
      clientAs(outsider).request('GET', paths.stream(WS), { query, schema: z.unknown() }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      kind: 'http',
      status: 403,
      code: direct.code,
      description: direct.description,
    });

    // A 401 is reported with the credentials the request carried, as for any request.
    const onUnauthorized = vi.fn();
    const anonymous = clientAs(null, { onUnauthorized }).streamRequest(paths.stream(WS), query);
    expect(anonymous.request.headers).toEqual({ Accept: 'application/json' });
    const unauthorized = await anonymous.failedAnswer(await fetch(anonymous.request.url, anonymous.request));
    expect(unauthorized).toMatchObject({ kind: 'http', status: 401 });
    expect(onUnauthorized).toHaveBeenCalledWith(unauthorized, null);
  });

  it('calls a timeout a network failure', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const { port } = silent.address() as AddressInfo;
    try {
      const client = createApiClient({ baseUrl: `http://127.0.0.1:${port}/api`, getCredentials: () => lead });
      const error = await caught(client.request('GET', '/x', { signal: AbortSignal.timeout(200) }));
      expect(error).toMatchObject({ kind: 'network', isTransient: true });
      expect(error.description).toMatch(/did not answer in time/);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });

  it('calls an unreachable server a network failure', async () => {
    const client = createApiClient({
      baseUrl: `http://127.0.0.1:${await closedPort()}/api`,
      getCredentials: () => lead,
    });
    const error = await caught(client.request('GET', paths.users(1), { schema: organizationUsers }));
    expect(error).toMatchObject({ kind: 'network', status: 0, code: 'network', isTransient: true });
    expect(error.description).toMatch(/^Could not reach the server/);
  });
});

describe('createApiClient: quota and gateway failures', () => {
  it('carries the quota headers of a 402', async () => {
    const server = await startTestServer({ quotaPerHour: 2 });
    try {
      const client = createApiClient({ baseUrl: server.apiUrl, getCredentials: () => lead });
      await client.request('GET', paths.users(1), { schema: organizationUsers });
      await client.request('GET', paths.users(1), { schema: organizationUsers });
      const before = Date.now();
      const error = await caught(client.request('GET', paths.users(1), { schema: organizationUsers }));
      expect(error).toMatchObject({
        status: 402,
        code: 'quota_exceeded',
        isQuotaExceeded: true,
        isTransient: false,
      });
      expect(error.quota?.remaining).toBe(0);
      const resetsIn = error.quota?.resetsIn ?? 0;
      expect(resetsIn).toBeGreaterThan(3000);
      expect(resetsIn).toBeLessThanOrEqual(3600);
      expect(error.quota?.resetsAt).toBeGreaterThanOrEqual(before + resetsIn * 1000);
    } finally {
      await server.close();
    }
  });

  it('reads a 5xx from the server as transient', async () => {
    const server = await startTestServer({ upstreamUrl: `http://127.0.0.1:${await closedPort()}` });
    try {
      const client = createApiClient({ baseUrl: server.apiUrl, getCredentials: () => lead });
      const error = await caught(client.request('GET', paths.users(1), { schema: organizationUsers }));
      expect(error.status).toBeGreaterThanOrEqual(500);
      expect(error).toMatchObject({ kind: 'http', isTransient: true });
    } finally {
      await server.close();
    }
  });
});
