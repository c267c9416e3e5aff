import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../scripts/precompress.ts';
import { createAppServer, type AppServer } from '../app.ts';

let dir: string;
let app: AppServer;
let base: string;

const INDEX = '<!doctype html><title>Focus</title><div id="root"></div>';
// Large and repetitive enough that the build writes compressed copies of it.
const BUNDLE = Array.from({ length: 400 }, (_, i) => `export const value${i} = "entry ${i} ✓";`).join('\n');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'focus-static-'));
  const dist = join(dir, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), INDEX);
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log("app")');
  writeFileSync(join(dist, 'assets', 'big-def456.js'), BUNDLE);
  writeFileSync(join(dist, 'assets', 'big-def456.js.map'), '{"version":3,"sources":["big.ts"]}');
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dir, 'secret.txt'), 'do not serve');
  await precompressDir(dist);
  app = createAppServer({ dbPath: join(dir, 'focus.db'), staticDir: dist, log: false });
  await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

interface RawResponse {
  status: number;
  body: string;
  bytes: Buffer;
  headers: IncomingHttpHeaders;
}

/** A request without fetch's own decoding, so the bytes are what went over the wire. */
function raw(
  path: string,
  method = 'GET',
  headers: Record<string, string> = {},
  at = base,
): Promise<RawResponse> {
  const url = new URL(at);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, body: bytes.toString(), bytes, headers: res.headers });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static dashboard', () => {
  it('serves index.html with security headers and no caching', async () => {
    for (const path of ['/', '/index.html', '/entries', '/entries/42/edit']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(200);
      expect(await res.text()).toBe(INDEX);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('caches hashed assets for a year and revalidates other files', async () => {
    const asset = await fetch(`${base}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const icon = await fetch(`${base}/favicon.svg`);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 404 for missing files instead of the app', async () => {
    for (const path of ['/assets/missing.js', '/missing.png']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(404);
    }
  });

  it('never serves files outside the build folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
    ]) {
      const res = await raw(path);
      expect(res.body, path).not.toContain('do not serve');
    }
  });

  it('answers HEAD without a body and other methods with 405', async () => {
    const head = await fetch(base, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await raw('/', 'POST')).status).toBe(405);
  });

  it('keeps /api for the API', async () => {
    // The API's own answer, not the dashboard's index: without credentials that is a 401 before any route
    // is looked up (it was a 404 when unknown API paths were answered to anyone).
    const res = await fetch(`${base}/api/nothing-here`);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(((await res.json()) as { error: string }).error).toBe('invalid_session');
  });

  it('sends the compressed copy the client accepts, byte-identical once decoded', async () => {
    const path = '/assets/big-def456.js';
    const plain = await raw(path);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.bytes.equals(Buffer.from(BUNDLE))).toBe(true);
    const br = await raw(path, 'GET', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.bytes.length).toBeLessThan(plain.bytes.length / 3);
    expect(brotliDecompressSync(br.bytes).equals(plain.bytes)).toBe(true);
    const gz = await raw(path, 'GET', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.bytes).equals(plain.bytes)).toBe(true);
    for (const res of [plain, br, gz]) {
      expect(res.headers.vary).toBe('Accept-Encoding');
      expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(Number(res.headers['content-length'])).toBe(res.bytes.length);
    }
  });

  it('answers a matching ETag with 304 and no body', async () => {
    for (const path of ['/', '/entries', '/assets/big-def456.js']) {
      for (const encoding of ['', 'br']) {
        const first = await raw(path, 'GET', { 'Accept-Encoding': encoding });
        const etag = first.headers.etag;
        expect(etag, path).toBeTruthy();
        const again = await raw(path, 'GET', { 'Accept-Encoding': encoding, 'If-None-Match': String(etag) });
        expect(again.status, path).toBe(304);
        expect(again.bytes.length).toBe(0);
        expect(again.headers['cache-control']).toBe(first.headers['cache-control']);
        const stale = await raw(path, 'GET', { 'Accept-Encoding': encoding, 'If-None-Match': 'W/"0-0"' });
        expect(stale.status, path).toBe(200);
      }
    }
  });

  it('keeps source maps private unless asked to serve them', async () => {
    const map = await raw('/assets/big-def456.js.map');
    expect(map.status).toBe(404);
    expect(map.body).not.toContain('sources');
    expect((await raw('/assets/big-def456.js')).headers.sourcemap).toBeUndefined();

    const withMaps = createAppServer({
      dbPath: join(dir, 'maps.db'),
      staticDir: join(dir, 'dist'),
      log: false,
      sourceMaps: true,
    });
    await new Promise<void>((r) => withMaps.server.listen(0, '127.0.0.1', r));
    try {
      const at = `http://127.0.0.1:${(withMaps.server.address() as AddressInfo).port}`;
      const served = await raw('/assets/big-def456.js.map', 'GET', {}, at);
      expect(served.status).toBe(200);
      expect(served.body).toContain('big.ts');
      const bundle = await raw('/assets/big-def456.js', 'GET', {}, at);
      expect(bundle.headers.sourcemap).toBe('/assets/big-def456.js.map');
    } finally {
      await withMaps.close();
    }
  });

  it('says how to build the dashboard when there is no build', async () => {
    const empty = createAppServer({
      dbPath: join(dir, 'empty.db'),
      staticDir: join(dir, 'no-dist'),
      log: false,
    });
    await new Promise<void>((r) => empty.server.listen(0, '127.0.0.1', r));
    try {
      const at = `http://127.0.0.1:${(empty.server.address() as AddressInfo).port}`;
      const page = await raw('/entries', 'GET', {}, at);
      expect(page.status).toBe(404);
      expect(page.body).toContain('npm run build');
      const asset = await raw('/assets/index-abc123.js', 'GET', {}, at);
      expect(asset.status).toBe(404);
      expect(asset.body).toBe('Not found');
    } finally {
      await empty.close();
    }
  });
});
