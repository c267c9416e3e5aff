import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, startTestServer, type TestServer } from '../testing/test-server.ts';
import { ApiError } from './api-error.ts';
import type { Session } from './credentials.ts';
import { quotaResetPhrase, signInErrorMessage, verifySession } from './verify-session.ts';

const as = (who: keyof typeof DEMO_ACCOUNTS, workspaceId = 1, password?: string): Session => ({
  credentials: {
    kind: 'basic',
    email: DEMO_ACCOUNTS[who].email,
    password: password ?? DEMO_ACCOUNTS[who].password,
  },
  organizationId: 1,
  workspaceId,
});

async function refusal(baseUrl: string, session: Session): Promise<ApiError> {
  const error = await verifySession(baseUrl, session).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('verifySession against the local server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('accepts good credentials for a workspace one belongs to', async () => {
    await expect(verifySession(server.apiUrl, as('lead'))).resolves.toBeUndefined();
    await expect(verifySession(server.apiUrl, as('outsider', 2))).resolves.toBeUndefined();
    await expect(
      verifySession(server.apiUrl, {
        credentials: { kind: 'apiKey', apiKey: DEMO_ACCOUNTS.member.apiKey },
        organizationId: 1,
        workspaceId: 1,
      }),
    ).resolves.toBeUndefined();
  });

  it('refuses a wrong password with words a person understands', async () => {
    const error = await refusal(server.apiUrl, as('lead', 1, 'wrong'));
    expect(error.status).toBe(401);
    expect(signInErrorMessage(error, 'basic')).toBe('Wrong email or password. Check them and try again.');
  });

  it("after five wrong passwords says how long to wait, from the server's Retry-After", async () => {
    const stranger = (password: string): Session => ({
      credentials: { kind: 'basic', email: 'someone-else@example.com', password },
      organizationId: 1,
      workspaceId: 1,
    });
    for (let i = 0; i < 5; i++)
      expect((await refusal(server.apiUrl, stranger(`guess-${i}`))).status).toBe(401);
    const before = Date.now();
    const error = await refusal(server.apiUrl, stranger('guess-5'));
    expect(error.status).toBe(429);
    expect(error.retryAt).toBeGreaterThanOrEqual(before + 29_000);
    expect(error.retryAt).toBeLessThanOrEqual(Date.now() + 30_000);
    expect(signInErrorMessage(error, 'basic')).toMatch(/^Too many attempts; try again in (29|30) s$/);
  });

  it('refuses a wrong API key', async () => {
    const error = await refusal(server.apiUrl, {
      credentials: { kind: 'apiKey', apiKey: 'toggl_sk_00000000000000000000000000000000' },
      organizationId: 1,
      workspaceId: 1,
    });
    expect(error.status).toBe(401);
    expect(signInErrorMessage(error, 'apiKey')).toMatch(/API key is not valid/);
  });

  it('refuses a workspace one is not a member of', async () => {
    const error = await refusal(server.apiUrl, as('outsider', 1));
    expect(error.status).toBe(403);
    expect(signInErrorMessage(error)).toMatch(/do not have access to that workspace/);
  });

  it('says when the server cannot be reached', async () => {
    const error = await refusal('http://127.0.0.1:9/api', as('lead'));
    expect(error.kind).toBe('network');
    expect(signInErrorMessage(error)).toMatch(/^The server could not be reached/);
  });
});

describe('verifySession with the quota used up', () => {
  it('says when the quota resets', async () => {
    const server = await startTestServer({ quotaPerHour: 1 });
    try {
      await verifySession(server.apiUrl, as('lead'));
      const error = await refusal(server.apiUrl, as('lead'));
      expect(error.status).toBe(402);
      expect(signInErrorMessage(error)).toMatch(
        /^Focus’s hourly limit is used up\. It resets in (59|60) minutes \(at \d\d:\d\d( [AP]M)?\)/,
      );
    } finally {
      await server.close();
    }
  });
});

describe('signInErrorMessage', () => {
  it('has words for an unexpected answer and a server failure', () => {
    const unexpected = new ApiError({
      kind: 'unexpected',
      status: 200,
      description: 'Unexpected response: x',
    });
    expect(signInErrorMessage(unexpected)).toMatch(/unexpected response/);
    const failed = new ApiError({ kind: 'http', status: 503, description: 'down', traceId: 'abc123' });
    expect(signInErrorMessage(failed)).toMatch(/server had a problem \(503\).*reference abc123/);
    expect(signInErrorMessage(new TypeError('bug'))).toMatch(/unexpected/i);
  });

  it('phrases a quota reset in minutes and clock time', () => {
    const now = Date.UTC(2026, 7, 7, 12, 0, 0);
    expect(quotaResetPhrase(now + 90_000, now)).toMatch(/^in 2 minutes \(at \d\d:\d\d( [AP]M)?\)$/);
    expect(quotaResetPhrase(now + 10_000, now)).toMatch(/^in 1 minute \(/);
    expect(quotaResetPhrase(null, now)).toBe('within the hour');
  });
});
