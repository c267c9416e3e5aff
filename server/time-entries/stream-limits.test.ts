import { connect, type Socket } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorBody } from '../../contract/index.ts';
import { ALL_TIME, apiClient, authHeader, WS1, type Who } from '../test-client.ts';
import { startTestServer, type TestServer } from '../testing.ts';

const sockets: Socket[] = [];
afterEach(() => {
  for (const s of sockets.splice(0)) s.destroy();
});

const streamPath = (ws: string) =>
  `/api${ws}/time-entries/stream?date_from=${ALL_TIME.date_from}&date_to=${ALL_TIME.date_to}`;

/** Asks for a stream and reads only its first chunk (the status line and a little more), then nothing. */
function openUnread(server: TestServer, who: Who, ws = WS1): Promise<{ status: number; head: string }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: Number(port) });
    sockets.push(socket);
    socket.once('error', reject);
    const auth = authHeader(who).Authorization ?? '';
    socket.write(
      `GET ${streamPath(ws)} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: ${auth}\r\n\r\n`,
    );
    socket.once('data', (chunk: Buffer) => {
      socket.pause();
      socket.removeListener('error', reject);
      socket.on('error', () => undefined);
      const head = chunk.toString('latin1');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), head });
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A full collection, so memory is compared as what is held rather than what awaits collection (a stream
 * hands each 40 KB chunk to the socket and lets it go).
 */
const collectGarbage = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

describe('open streams', () => {
  let server: TestServer;
  beforeAll(async () => {
    // Enough entries that a stream (about 15 MB) cannot fit in the sockets' buffers and must wait for its reader.
    server = await startTestServer({ entries: 20_000 });
  });
  afterAll(() => server.close());

  it('one person may have four open at once; the fifth is 429 with Retry-After; others are not affected', async () => {
    const mine = await Promise.all(Array.from({ length: 4 }, () => openUnread(server, 'lead')));
    expect(mine.map((s) => s.status)).toEqual([200, 200, 200, 200]);
    const fifth = await apiClient(server.apiUrl).get(`${WS1}/time-entries/stream`, { query: ALL_TIME });
    expect(fifth.status).toBe(429);
    expect(fifth.headers.get('retry-after')).toBe('1');
    expect(apiErrorBody.parse(fifth.json).error).toBe('too_many_requests');
    expect((await openUnread(server, 'member')).status).toBe(200);
  });

  it('300 streams opened and never read leave memory within 20 MB and small requests quick', async () => {
    const api = apiClient(server.apiUrl);
    const small = async () => {
      const started = performance.now();
      expect((await api.get('/organizations/1/users')).status).toBe(200);
      return performance.now() - started;
    };
    // Warm up: the paths a stream takes, and the memory four stalled ones take while they last.
    await Promise.all(Array.from({ length: 4 }, () => openUnread(server, 'lead')));
    for (const s of sockets.splice(0)) s.destroy();
    await sleep(1000);
    // What a small request takes on this machine right now, for a bound that holds on a busy one too.
    const quiet = Math.max(await small(), await small(), await small());
    collectGarbage();
    const before = process.memoryUsage().rss;
    const opened = await Promise.all(Array.from({ length: 300 }, () => openUnread(server, 'lead')));
    await sleep(1000);
    const meanwhile = [await small(), await small(), await small()];
    collectGarbage();
    const grown = (process.memoryUsage().rss - before) / 1024 / 1024;
    const statuses = opened.map((s) => s.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(4);
    expect(statuses.filter((s) => s === 429)).toHaveLength(296);
    expect(grown).toBeLessThan(20);
    // Before the bounds, each of those streams kept writing megabytes and small requests waited seconds.
    expect(Math.max(...meanwhile)).toBeLessThan(Math.max(500, 20 * quiet));
  });
});

describe('stream bounds', () => {
  it('ends a stream whose client reads nothing for the write timeout, giving its slot back', async () => {
    const server = await startTestServer({
      entries: 20_000,
      streamLimits: { perUser: 1, perProcess: 10, writeTimeoutMs: 300 },
    });
    try {
      expect((await openUnread(server, 'lead')).status).toBe(200);
      expect((await openUnread(server, 'lead')).status).toBe(429);
      await sleep(1500);
      expect((await openUnread(server, 'lead')).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('answers 503 past the process-wide cap, whoever asks', async () => {
    const server = await startTestServer({
      entries: 20_000,
      streamLimits: { perUser: 4, perProcess: 2, writeTimeoutMs: 30_000 },
    });
    try {
      expect((await openUnread(server, 'lead')).status).toBe(200);
      expect((await openUnread(server, 'lead')).status).toBe(200);
      const third = await openUnread(server, 'member');
      expect(third.status).toBe(503);
      expect(third.head).toContain('"error":"busy"');
    } finally {
      for (const s of sockets.splice(0)) s.destroy();
      await server.close();
    }
  });
});
