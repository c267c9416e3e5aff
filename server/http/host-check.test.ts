import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorBody } from '../../contract/index.ts';
import { authHeader } from '../test-client.ts';
import { startTestServer, type TestServer } from '../testing.ts';
import { createHostCheck, hostName } from './host-check.ts';

describe('hostName', () => {
  it.each([
    ['localhost:4173', 'localhost'],
    ['LocalHost', 'localhost'],
    ['127.0.0.1:80', '127.0.0.1'],
    ['[::1]:4173', '::1'],
    ['[::1]', '::1'],
    ['focus.example.', 'focus.example'],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (header, name) => {
    expect(hostName(header)).toBe(name);
  });
});

describe('createHostCheck', () => {
  it('takes localhost, its subdomains and any address by default, and no other name', () => {
    const allows = createHostCheck();
    for (const ok of [
      'localhost:1',
      'app.localhost',
      '127.0.0.1:4173',
      '192.168.1.5',
      '[::1]:80',
      '[fe80::1]',
    ])
      expect(allows(ok), ok).toBe(true);
    for (const no of ['evil.example', 'localhost.evil.example', '127.0.0.1.nip.io', 'mylaptop', undefined])
      expect(allows(no), String(no)).toBe(false);
  });

  it('adds names, and with a leading dot a domain and every name under it', () => {
    const allows = createHostCheck(['focus.internal', '.corp.example']);
    for (const ok of ['focus.internal:4173', 'corp.example', 'a.b.corp.example'])
      expect(allows(ok), ok).toBe(true);
    for (const no of ['other.internal', 'evilcorp.example', 'corp.example.evil'])
      expect(allows(no), no).toBe(false);
  });
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ allowedHosts: ['focus.internal'] });
});
afterAll(() => server.close());

function get(path: string, host: string): Promise<{ status: number; type: string; body: string }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, headers: { ...authHeader('lead'), Host: host } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the Host check on a real server', () => {
  const port = () => new URL(server.url).port;

  it('refuses a name it does not know with 403, as JSON under /api and as text elsewhere', async () => {
    const api = await get('/api/organizations/1/users', `rebound.example:${port()}`);
    expect(api.status).toBe(403);
    const body = apiErrorBody.parse(JSON.parse(api.body));
    expect(body.error).toBe('host_not_allowed');
    expect(body.error_description).toContain('FOCUS_ALLOWED_HOSTS');
    const page = await get('/', `rebound.example:${port()}`);
    expect(page.status).toBe(403);
    expect(page.type).toMatch(/^text\/plain/);
  });

  it('answers loopback names, addresses and the names it was given', async () => {
    for (const host of [`localhost:${port()}`, `127.0.0.1:${port()}`, 'focus.internal'])
      expect((await get('/api/organizations/1/users', host)).status, host).toBe(200);
  });

  it('refuses a request without a Host', async () => {
    const status = await new Promise<string>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port: Number(port()) }, () =>
        socket.write('GET /api/organizations/1/users HTTP/1.0\r\n\r\n'),
      );
      let text = '';
      socket.on('data', (c: Buffer) => (text += c.toString()));
      socket.on('end', () => resolve(text.split('\r\n')[0] ?? ''));
    });
    expect(status).toMatch(/^HTTP\/1\.1 403/);
  });
});
