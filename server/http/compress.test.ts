import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, createBrotliDecompress, createGunzip, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timeEntryStream } from '../../contract/index.ts';
import { ALL_TIME, authHeader, WS1 } from '../test-client.ts';
import { startTestServer, type TestServer } from '../testing.ts';
import { acceptedCoding, openBody, type Coding } from './compress.ts';

let local: TestServer;
let forwarding: TestServer;

beforeAll(async () => {
  local = await startTestServer();
  forwarding = await startTestServer({ upstreamUrl: local.apiUrl });
});
afterAll(async () => {
  await forwarding.close();
  await local.close();
});

interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as it came over the wire, not decoded. */
  bytes: Buffer;
}

function rawGet(url: string, headers: Record<string, string>): Promise<Raw> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

function decode(res: Raw): Buffer {
  const coding = res.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(res.bytes);
  if (coding === 'gzip') return gunzipSync(res.bytes);
  expect(coding).toBeUndefined();
  return res.bytes;
}

const query = (q: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(q).map(([k, v]) => [k, String(v)])).toString();
const PAGE = `${WS1}/time-entries?${query({ ...ALL_TIME, per_page: 100 })}`;
const STREAM = `${WS1}/time-entries/stream?${query(ALL_TIME)}`;

describe('Accept-Encoding', () => {
  it('prefers brotli, falls back to gzip, and honours q=0', () => {
    expect(acceptedCoding('gzip, deflate, br, zstd')).toBe('br');
    expect(acceptedCoding('gzip')).toBe('gzip');
    expect(acceptedCoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(acceptedCoding('*')).toBe('gzip');
    expect(acceptedCoding('gzip;q=0, *')).toBeUndefined();
    expect(acceptedCoding('identity')).toBeUndefined();
    expect(acceptedCoding('')).toBeUndefined();
    expect(acceptedCoding(undefined)).toBeUndefined();
  });
});

describe('compressed API responses', () => {
  it.each([
    ['a page', PAGE],
    ['a stream', STREAM],
  ])('%s decodes to the very bytes sent uncompressed', async (_, path) => {
    const url = `${local.apiUrl}${path}`;
    const plain = await rawGet(url, { ...authHeader('lead'), 'Accept-Encoding': 'identity' });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.bytes.length).toBeGreaterThan(50_000);
    for (const [accept, coding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
    ] as const) {
      const packed = await rawGet(url, { ...authHeader('lead'), 'Accept-Encoding': accept });
      expect(packed.headers['content-encoding'], accept).toBe(coding);
      expect(packed.bytes.length).toBeLessThan(plain.bytes.length / 5);
      expect(decode(packed).equals(plain.bytes), accept).toBe(true);
    }
  });

  it('leaves small bodies alone', async () => {
    const res = await rawGet(`${local.apiUrl}/nothing-here`, {
      ...authHeader('lead'),
      'Accept-Encoding': 'br, gzip',
    });
    expect(res.status).toBe(404);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(res.bytes.toString()).error).toBe('not_found');
  });

  it('forwarding passes the upstream encoding through untouched', async () => {
    for (const accept of ['br', 'gzip', 'identity']) {
      const headers = { ...authHeader('lead'), 'Accept-Encoding': accept };
      const direct = await rawGet(`${local.apiUrl}${STREAM}`, headers);
      const forwarded = await rawGet(`${forwarding.apiUrl}${STREAM}`, headers);
      expect(forwarded.status).toBe(200);
      expect(forwarded.headers['content-encoding'], accept).toBe(direct.headers['content-encoding']);
      expect(forwarded.bytes.equals(direct.bytes), accept).toBe(true);
      expect(timeEntryStream.parse(JSON.parse(decode(forwarded).toString())).length).toBeGreaterThan(2500);
    }
  });
});

describe('streamed compression', () => {
  // A server that writes the first rows, flushes, and holds the rest until the client has read them.
  let server: Server;
  let release: () => void = () => {};
  let url = '';

  beforeAll(async () => {
    server = createServer((req, res) => {
      const body = openBody(res, 200, { 'Content-Type': 'application/json' });
      body.stream.write('[{"id":1},{"id":2},');
      body.flush();
      new Promise<void>((r) => (release = r)).then(() => {
        body.stream.write('{"id":3}]');
        body.stream.end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise((r) => server.close(r)));

  it.each(['br', 'gzip'] as Coding[])(
    '%s: the first rows arrive before the body is complete',
    async (coding) => {
      const text = await new Promise<string>((resolve, reject) => {
        request(url, { headers: { 'Accept-Encoding': coding } }, (res) => {
          expect(res.headers['content-encoding']).toBe(coding);
          const decoder = coding === 'br' ? createBrotliDecompress() : createGunzip();
          let decoded = '';
          let released = false;
          decoder.on('data', (c: Buffer) => {
            decoded += c.toString();
            // Only once the first rows have been read does the server write the rest.
            if (!released && decoded.includes('{"id":2},')) {
              released = true;
              expect(res.complete).toBe(false);
              release();
            }
          });
          decoder.on('end', () => resolve(decoded));
          decoder.on('error', reject);
          res.pipe(decoder);
        })
          .on('error', reject)
          .end();
      });
      expect(JSON.parse(text)).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
    },
  );
});
