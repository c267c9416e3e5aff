/**
 * Sign-in throttling against a real server. Loopback has a whole /8, so each client here speaks from an
 * address of its own (127.0.0.x), as people on different machines would.
 */
import { Agent, request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiErrorBody } from '../../contract/index.ts';
import { DEMO_ACCOUNTS, basicAuthorization as basic } from '../demo/accounts.ts';
import { startTestServer, type TestServer } from '../testing.ts';
import { scryptRunCount } from './passwords.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(() => server.close());

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  ms: number;
}

const agents = new Map<string, Agent>();
afterEach(() => {
  for (const agent of agents.values()) agent.destroy();
  agents.clear();
});

/** GET /organizations/1/users with `authorization`, from the local address `from`. */
function signIn(authorization: string, from: string): Promise<Answer> {
  let agent = agents.get(from);
  if (!agent) {
    agent = new Agent({ keepAlive: true, maxSockets: 10, localAddress: from });
    agents.set(from, agent);
  }
  const url = new URL(`${server.apiUrl}/organizations/1/users`);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { Authorization: authorization }, agent }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, ms: performance.now() - started }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const { lead, member } = DEMO_ACCOUNTS;
const right = (a: { email: string; password: string }) => basic(a.email, a.password);
const wrong = (a: { email: string }, n = 0) => basic(a.email, `not-the-password-${n}`);
/** The same account under another header, so the server's memory of a success does not answer for it. */
const uncached = (a: { email: string; password: string }, n: number) =>
  basic(n % 2 ? a.email.toUpperCase() : a.email, a.password) + ' '.repeat(Math.floor(n / 2));

describe('sign-in throttling', () => {
  it('answers the sixth wrong password in a row with 429, Retry-After and an error body, without scrypt', async () => {
    for (let i = 0; i < 5; i++) expect((await signIn(wrong(lead, i), '127.0.0.2')).status).toBe(401);
    const before = scryptRunCount();
    const sixth = await signIn(wrong(lead, 5), '127.0.0.2');
    expect(scryptRunCount()).toBe(before);
    expect(sixth.status).toBe(429);
    expect(sixth.headers['retry-after']).toBe('30');
    const body = apiErrorBody.parse(JSON.parse(sixth.body));
    expect(body.error).toBe('too_many_requests');
    expect(body.error_description).toBe('Too many failed sign-ins; try again in 30 s.');
    expect(body.error_values).toEqual({ retry_after: 30 });

    // The account waits, from anywhere, even with the right password; others are not held up, and API
    // keys, which cannot be guessed, are not throttled.
    expect((await signIn(right(lead), '127.0.0.3')).status).toBe(429);
    expect(scryptRunCount()).toBe(before);
    expect((await signIn(right(member), '127.0.0.2')).status).toBe(200);
    expect((await signIn(`Bearer ${lead.apiKey}`, '127.0.0.2')).status).toBe(200);
  });

  it('makes an address wait after 20 failures, whichever accounts they were for', async () => {
    for (let i = 0; i < 20; i++) {
      const res = await signIn(basic(`someone-${i}@example.com`, 'guess'), '127.0.0.9');
      expect(res.status, `attempt ${i + 1}`).toBe(401);
    }
    expect((await signIn(right(member), '127.0.0.9')).status).toBe(429);
    expect((await signIn(right(member), '127.0.0.10')).status).toBe(200);
  });

  it('starts no more password checks than the threshold when wrong ones arrive all at once', async () => {
    const before = scryptRunCount();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => signIn(wrong(member, i), '127.0.0.4')),
    );
    const statuses = answers.map((a) => a.status);
    // Two checks run at a time, so a sixth may start while the fifth is still running; no more.
    const checked = statuses.filter((s) => s === 401).length;
    expect(checked).toBeGreaterThanOrEqual(5);
    expect(checked).toBeLessThanOrEqual(6);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40 - checked);
    expect(scryptRunCount() - before).toBe(checked);
  });

  it('a success clears the account: four failures, a success, four more are still only 401s', async () => {
    // Each from its own address, so only the account's count is in play.
    for (let i = 0; i < 4; i++) expect((await signIn(wrong(member, i), `127.0.1.${i + 1}`)).status).toBe(401);
    expect((await signIn(uncached(member, 1), '127.0.1.9')).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await signIn(wrong(member, i), `127.0.2.${i + 1}`)).status).toBe(401);
    expect((await signIn(uncached(member, 2), '127.0.2.9')).status).toBe(200);
  });

  it('a session that is already signed in is not locked out by someone failing its account', async () => {
    expect((await signIn(right(lead), '127.0.0.5')).status).toBe(200);
    for (let i = 0; i < 6; i++) await signIn(wrong(lead, i), '127.0.0.6');
    expect((await signIn(wrong(lead, 9), '127.0.0.6')).status).toBe(429);
    expect((await signIn(right(lead), '127.0.0.5')).status).toBe(200);
  });

  it('a valid sign-in from elsewhere still answers promptly during a flood of wrong passwords', async () => {
    // What one uncached sign-in costs on this machine right now, for a bound that holds on a busy one too.
    const quiet: number[] = [];
    for (let n = 1001; n <= 1003; n++) quiet.push((await signIn(uncached(member, n), '127.0.0.8')).ms);
    const oneCheck = Math.max(...quiet);
    let flooding = true;
    const flood = Promise.all(
      Array.from({ length: 300 }, (_, i) => signIn(wrong(lead, i), '127.0.0.7')),
    ).finally(() => (flooding = false));
    const during: Answer[] = [];
    for (let n = 1; flooding || during.length < 5; n++)
      during.push(await signIn(uncached(member, n), '127.0.0.8'));
    const flooded = await flood;
    expect(flooded.filter((a) => a.status === 429).length).toBeGreaterThanOrEqual(290);
    expect(during.every((a) => a.status === 200)).toBe(true);
    // Without the throttle, 300 checks queue ahead of each of these, two at a time: some 150 times one
    // check. With it, a few at most.
    const slowest = Math.max(...during.map((a) => a.ms));
    expect(slowest).toBeLessThan(Math.max(1000, 20 * oneCheck));
  });
});
