import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorBody } from '../../contract/index.ts';
import { createAppServer } from '../app.ts';
import { basicAuthorization as basic } from '../demo/accounts.ts';
import { startTestServer, type TestServer } from '../testing.ts';
import { startFakeFocus, type FakeFocus } from './fake-focus.ts';

let focus: FakeFocus;
let upstreamBase: string;
let server: TestServer;

beforeAll(async () => {
  focus = await startFakeFocus();
  upstreamBase = focus.base;
  server = await startTestServer({ upstreamUrl: upstreamBase });
});
afterAll(async () => {
  await server.close();
  await focus.close();
});

const AUTH = basic('someone@example.com', 'their-focus-password');

describe('forward mode', () => {
  it('forwards path, query, method and Authorization; drops cookies and hop-by-hop headers', async () => {
    focus.seen.length = 0;
    const res = await fetch(`${server.apiUrl}/organizations/1/users?page=2&filter=a%20b`, {
      headers: {
        Authorization: AUTH,
        Cookie: 'dashboard=secret',
        'Proxy-Authorization': 'Basic eDp5',
        'X-Request-Id': 'abc',
      },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ path: '/api/organizations/1/users?page=2&filter=a%20b' });
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.get('keep-alive')).not.toBe('timeout=99');
    expect(res.headers.get('x-upstream')).toBe('yes');

    const [got] = focus.seen;
    expect(got?.method).toBe('GET');
    expect(got?.url).toBe('/api/organizations/1/users?page=2&filter=a%20b');
    expect(got?.headers.authorization).toBe(AUTH);
    expect(got?.headers.cookie).toBeUndefined();
    expect(got?.headers['proxy-authorization']).toBeUndefined();
    expect(got?.headers.host).toBe(new URL(upstreamBase).host);
    expect(got?.headers['x-request-id']).toBe('abc');
  });

  it('streams the request body through and passes the status back', async () => {
    focus.seen.length = 0;
    const body = JSON.stringify({ type: 'activity', duration: 60 });
    const res = await fetch(`${server.apiUrl}/organizations/1/workspaces/1/tasks/1/time-entries`, {
      method: 'POST',
      headers: { Authorization: AUTH, 'Content-Type': 'application/json' },
      body,
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ echoed: body });
    expect(focus.seen[0]?.method).toBe('POST');
    expect(focus.seen[0]?.headers['content-type']).toBe('application/json');
  });

  it('does not follow a redirect: 502 naming it, no Location', async () => {
    const res = await fetch(`${server.apiUrl}/redirect`, {
      headers: { Authorization: AUTH },
      redirect: 'manual',
    });
    expect(res.status).toBe(502);
    expect(res.headers.get('location')).toBeNull();
    const body = apiErrorBody.parse(await res.json());
    expect(body.error).toBe('upstream_redirect');
    expect(body.error_description).toContain('302');
  });

  it('never forwards outside the configured base', async () => {
    focus.seen.length = 0;
    const url = new URL(server.url);
    for (const path of [
      '/api/../secret',
      '/api/%2e%2e/secret',
      '/api/a/..%2F..%2Fsecret',
      '/api\\..\\secret',
    ]) {
      const status = await new Promise<number>((resolve, reject) => {
        const req = request({ host: url.hostname, port: url.port, path }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
      expect(status, path).toBeGreaterThanOrEqual(400);
    }
    expect(focus.seen.every((s) => s.url.startsWith('/api/'))).toBe(true);
  });

  it('answers 502 JSON when the upstream cannot be reached', async () => {
    const dead = createServer();
    await new Promise<void>((r) => dead.listen(0, '127.0.0.1', r));
    const port = (dead.address() as AddressInfo).port;
    await new Promise((r) => dead.close(r));
    const orphan = await startTestServer({ upstreamUrl: `http://127.0.0.1:${port}/api` });
    try {
      const res = await fetch(`${orphan.apiUrl}/organizations/1/users`, { headers: { Authorization: AUTH } });
      expect(res.status).toBe(502);
      const body = apiErrorBody.parse(await res.json());
      expect(body.error).toBe('upstream_unreachable');
      expect(body.error_description).toBe('The Focus API could not be reached.');
    } finally {
      await orphan.close();
    }
  });

  it('logs method, path, status and time, never credentials or the query', async () => {
    const app = createAppServer({ dbPath: ':unused:', upstreamUrl: upstreamBase, log: true });
    await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
    const port = (app.server.address() as AddressInfo).port;
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/organizations/1/users?token=sekrit`, {
        headers: { Authorization: AUTH, Cookie: 'c=1' },
      });
      await res.text();
      await new Promise((r) => setTimeout(r, 20));
    } finally {
      process.stdout.write = write;
      await app.close();
    }
    const line = lines.find((l) => l.startsWith('GET '));
    expect(line).toMatch(/^GET \/api\/organizations\/1\/users 200 \d+\.\dms\n$/);
    const all = lines.join('');
    for (const secret of ['sekrit', AUTH, AUTH.slice(6), 'their-focus-password', 'c=1'])
      expect(all).not.toContain(secret);
  });
});
