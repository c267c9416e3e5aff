import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorBody } from '../../contract/index.ts';
import { basicAuthorization as basic } from '../demo/accounts.ts';
import { startTestServer, type TestServer } from '../testing.ts';
import { startFakeFocus, type FakeFocus } from './fake-focus.ts';

let focus: FakeFocus;
let server: TestServer;
/** The same, with a 600 ms deadline and a 5 s idle timeout. */
let hurried: TestServer;

beforeAll(async () => {
  focus = await startFakeFocus();
  server = await startTestServer({ upstreamUrl: focus.base });
  hurried = await startTestServer({ upstreamUrl: focus.base, proxyDeadlineMs: 600, proxyIdleMs: 5_000 });
});
afterAll(async () => {
  await server.close();
  await hurried.close();
  await focus.close();
});

const AUTH = { Authorization: basic('someone@example.com', 'their-focus-password') };

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = apiErrorBody.parse(await res.json());
  expect(body.error).toBe(code);
  return body;
}

describe('what the proxy lets through to the browser', () => {
  it.each([
    ['/html', 'text/html'],
    ['/error-page', 'text/html; charset=utf-8'],
    ['/untyped', 'no type'],
  ])('turns %s, which is not JSON, into a 502 naming the type', async (path, type) => {
    const res = await fetch(`${server.apiUrl}${path}`, { headers: AUTH });
    const body = await expectError(res, 502, 'upstream_not_json');
    expect(body.error_description).toContain(type);
    expect(JSON.stringify(body)).not.toContain('<');
  });

  it('passes JSON, +json and empty answers', async () => {
    expect((await fetch(`${server.apiUrl}/problem`, { headers: AUTH })).status).toBe(422);
    const empty = await fetch(`${server.apiUrl}/empty`, { headers: AUTH });
    expect(empty.status).toBe(204);
    expect(empty.headers.get('cache-control')).toBe('no-store');
  });

  it('strips what would act on the dashboard origin, keeps the rest, and adds no-store', async () => {
    const res = await fetch(`${server.apiUrl}/forbidden-headers`, { headers: AUTH });
    expect(res.status).toBe(200);
    for (const name of [
      'www-authenticate',
      'access-control-allow-origin',
      'access-control-allow-credentials',
      'expires',
      'set-cookie',
      'set-cookie2',
      'alt-svc',
      'strict-transport-security',
      'clear-site-data',
      'refresh',
    ]) {
      expect(res.headers.get(name), name).toBeNull();
    }
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-toggl-quota-remaining')).toBe('17');
  });
});

describe('what the proxy sends to Focus', () => {
  it('drops what the client claims about where the request came from', async () => {
    focus.seen.length = 0;
    await fetch(`${server.apiUrl}/organizations/1/users`, {
      headers: {
        ...AUTH,
        'X-Forwarded-For': '203.0.113.9',
        'X-Forwarded-Host': 'evil.example',
        'X-Forwarded-Proto': 'https',
        Forwarded: 'for=203.0.113.9;host=evil.example',
        'X-Real-IP': '203.0.113.9',
      },
    });
    const headers = focus.seen[0]?.headers ?? {};
    for (const name of ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'forwarded', 'x-real-ip'])
      expect(headers[name], name).toBeUndefined();
    expect(headers.authorization).toBe(AUTH.Authorization);
  });

  it('refuses a body over 5 MB with 413, declared or not, without forwarding it', async () => {
    focus.seen.length = 0;
    const big = Buffer.alloc(6 * 1024 * 1024, 0x20);
    const declared = await fetch(`${server.apiUrl}/organizations/1/workspaces/1/time-entries/bulk`, {
      method: 'POST',
      headers: { ...AUTH, 'Content-Type': 'application/json' },
      body: new Uint8Array(big),
    });
    await expectError(declared, 413, 'payload_too_large');

    const url = new URL(`${server.apiUrl}/organizations/1/workspaces/1/time-entries/bulk`);
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { ...AUTH, 'Content-Type': 'application/json' } });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      for (let i = 0; i < 6; i++) req.write(big.subarray(0, 1024 * 1024));
      req.end();
    });
    expect(chunked).toBe(413);
    expect(focus.seen.filter((s) => s.body.length > 5 * 1024 * 1024)).toEqual([]);
  });
});

describe('time limits', () => {
  it('answers 504 at the deadline when no answer has started', async () => {
    const started = performance.now();
    const res = await fetch(`${hurried.apiUrl}/hang`, { headers: AUTH });
    await expectError(res, 504, 'upstream_timeout');
    expect(performance.now() - started).toBeGreaterThanOrEqual(550);
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('cuts an answer that drips a byte at a time at the deadline', async () => {
    const started = performance.now();
    const res = await fetch(`${hurried.apiUrl}/drip`, { headers: AUTH });
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
    const took = performance.now() - started;
    expect(took).toBeGreaterThanOrEqual(550);
    expect(took).toBeLessThan(3_000);
  });

  it('answers 504 when Focus goes silent for the idle timeout', async () => {
    const silent = await startTestServer({
      upstreamUrl: focus.base,
      proxyDeadlineMs: 10_000,
      proxyIdleMs: 300,
    });
    try {
      const started = performance.now();
      const res = await fetch(`${silent.apiUrl}/hang`, { headers: AUTH });
      await expectError(res, 504, 'upstream_timeout');
      expect(performance.now() - started).toBeLessThan(3_000);
    } finally {
      await silent.close();
    }
  });
});
