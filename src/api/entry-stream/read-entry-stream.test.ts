import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { authorizationHeader } from '../credentials.ts';
import { basicOf, startTestServer, type TestServer } from '../../testing/test-server.ts';
import { StreamFormatError } from './entry-stream-parser.ts';
import { serveEntryStream, type FromParser, type ParserPort, type ToParser } from './entry-stream-host.ts';
import { inThreadParser, readEntryStream, type ParserWorker } from './read-entry-stream.ts';

let server: TestServer;
const QUERY = new URLSearchParams({ date_from: '2000-01-01T00:00:00Z', date_to: '2100-01-01T00:00:00Z' });
const STREAM = '/organizations/1/workspaces/1/time-entries/stream';

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const openStream = () =>
  fetch(`${server.apiUrl}${STREAM}?${QUERY}`, {
    headers: { Authorization: authorizationHeader(basicOf('lead')) },
  });

/**
 * The worker's code on the other end of a real MessageChannel (this test runs in Node, which has no
 * Web Worker): messages are structured-cloned and transferred as they would be to a worker.
 */
function channelParser(options?: Parameters<typeof inThreadParser>[0]): ParserWorker & { closed: boolean } {
  const inner = inThreadParser(options);
  const parser = {
    ...inner,
    closed: false,
    terminate: () => {
      parser.closed = true;
      inner.terminate();
    },
  };
  return parser;
}

describe('readEntryStream', () => {
  const requestFor = (query = QUERY, authorization = authorizationHeader(basicOf('lead'))) => ({
    url: `${server.apiUrl}${STREAM}?${query}`,
    headers: { Authorization: authorization },
  });

  it('reads the rows the API streams, batch by batch, with the body never on this side of the channel', async () => {
    const expected = (await (await openStream()).json()) as TimeEntryWithTask[];
    const parser = channelParser();
    const posted: string[] = [];
    const seen: number[] = [];
    let batchRows = 0;
    const rows = await readEntryStream(requestFor(), {
      createParser: () => ({
        ...parser,
        postMessage: (message, transfer) => {
          posted.push(message.type);
          parser.postMessage(message, transfer);
        },
      }),
      onRows: (batch, loaded) => {
        batchRows += batch.length;
        seen.push(loaded);
      },
    });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(expected);
    expect(batchRows).toBe(expected.length);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(expected.length);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    // The request and, once the first rows were in, word that they were drawn. No body and no chunk of it.
    expect(posted).toEqual(['fetch', 'drawn']);
    expect(parser.closed).toBe(true);
  });

  it('rejects a body that is not the array of entries, naming the row', async () => {
    const good = '{"id":1,"workspace_id":1,"toggl_user_id":1,"type":"activity","created_at":"x"}';
    const body = `[${good},${good.replace('"activity"', '"lunch"')}]`;
    const parser = channelParser();
    const read = readEntryStream(
      { url: `data:application/json,${encodeURIComponent(body)}`, headers: {} },
      { createParser: () => parser },
    );
    await expect(read).rejects.toThrow(StreamFormatError);
    await expect(read).rejects.toThrow(/row 1 \(id 1\): type/);
    expect(parser.closed).toBe(true);
  });

  it('rejects with a TypeError when the body breaks off, after the rows that came', async () => {
    const rows = (await (await openStream()).json()) as TimeEntryWithTask[];
    const whole = Buffer.from(JSON.stringify(rows));
    // A server that sends the first half of the API's answer and then drops the connection.
    const cut = createServer((_, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': whole.length });
      res.write(whole.subarray(0, whole.length >> 1), () => setTimeout(() => res.destroy(), 50));
    });
    await new Promise<void>((done) => cut.listen(0, '127.0.0.1', done));
    const { port } = cut.address() as AddressInfo;
    let loaded = 0;
    try {
      const read = readEntryStream(
        { url: `http://127.0.0.1:${port}/`, headers: {} },
        { createParser: channelParser, onRows: (_, n) => (loaded = n) },
      );
      await expect(read).rejects.toThrow(TypeError);
      expect(loaded).toBeGreaterThan(0);
      expect(loaded).toBeLessThan(rows.length);
    } finally {
      cut.close();
    }
  });

  it('parses no further than the first rows until the page has drawn them, or until its wait runs out', async () => {
    const rows = (await (await openStream()).json()) as TimeEntryWithTask[];
    expect(rows.length).toBeGreaterThan(20);
    const head = Buffer.from(
      `[${rows
        .slice(0, 5)
        .map((r) => JSON.stringify(r))
        .join(',')},`,
    );
    const tail = Buffer.from(
      `${rows
        .slice(5)
        .map((r) => JSON.stringify(r))
        .join(',')}]`,
    );
    // A server that sends five rows, then the rest 20 ms later.
    const twoParts = createServer((_, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write(head, () => setTimeout(() => res.end(tail), 20));
    });
    await new Promise<void>((done) => twoParts.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(twoParts.address() as AddressInfo).port}/`;
    const watch = (firstDrawWaitMs: number) => {
      const { port1, port2 } = new MessageChannel();
      serveEntryStream(port2 as unknown as ParserPort, { firstDrawWaitMs });
      const got: FromParser[] = [];
      port1.addEventListener('message', (e: MessageEvent<FromParser>) => got.push(e.data));
      port1.start();
      port2.start();
      port1.postMessage({ type: 'fetch', request: { url, headers: {} } } satisfies ToParser);
      const loaded = () => got.filter((m) => m.type === 'rows').at(-1)?.loaded ?? 0;
      return { port1, got, loaded, close: () => port1.close() };
    };
    try {
      // The page never says it drew: the whole body has long arrived, and still only the first rows are out.
      const waiting = watch(60_000);
      await expect.poll(waiting.loaded).toBe(5);
      await new Promise((r) => setTimeout(r, 300));
      expect(waiting.loaded()).toBe(5);
      expect(waiting.got.some((m) => m.type === 'done')).toBe(false);
      // It says so: the rest follows.
      waiting.port1.postMessage({ type: 'drawn' } satisfies ToParser);
      await expect.poll(() => waiting.got.at(-1)?.type).toBe('done');
      expect(waiting.loaded()).toBe(rows.length);
      waiting.close();
      // A page that draws nothing (a hidden tab) holds the parse for the wait at most.
      const hidden = watch(50);
      await expect.poll(() => hidden.got.at(-1)?.type).toBe('done');
      expect(hidden.loaded()).toBe(rows.length);
      hidden.close();
    } finally {
      twoParts.close();
    }
  });

  it('rejects an answer other than a success with the error failedAnswer makes of it', async () => {
    const bad = new URLSearchParams({ date_from: 'yesterday', date_to: '2100-01-01T00:00:00Z' });
    const answers: { status: number; body: string; type: string | null }[] = [];
    const read = readEntryStream(requestFor(bad), {
      createParser: channelParser,
      failedAnswer: async (answer) => {
        answers.push({
          status: answer.status,
          body: await answer.text(),
          type: answer.headers.get('content-type'),
        });
        return new Error('the client’s error');
      },
    });
    await expect(read).rejects.toThrow('the client’s error');
    expect(answers).toHaveLength(1);
    expect(answers[0]?.status).toBe(400);
    expect(answers[0]?.type).toMatch(/json/);
    expect(answers[0]?.body).toMatch(/date_from/);
  });

  it('without failedAnswer, a refused request rejects with a TypeError naming the status', async () => {
    const read = readEntryStream(requestFor(QUERY, 'Basic bm9ib2R5Om5vdGhpbmc='), {
      createParser: channelParser,
    });
    await expect(read).rejects.toThrow(TypeError);
    await expect(read).rejects.toThrow(/HTTP 401/);
  });

  it('rejects with a TypeError when nothing answers', async () => {
    const read = readEntryStream(
      { url: `http://127.0.0.1:9${STREAM}?${QUERY}`, headers: {} },
      { createParser: channelParser },
    );
    await expect(read).rejects.toThrow(TypeError);
  });

  it('stops when cancelled: rejects with the reason, has the parser stop its request, then shuts it down', async () => {
    const parser = channelParser();
    const posted: string[] = [];
    const controller = new AbortController();
    let batches = 0;
    const read = readEntryStream(requestFor(), {
      createParser: () => ({
        ...parser,
        postMessage: (message, transfer) => {
          posted.push(message.type);
          parser.postMessage(message, transfer);
        },
      }),
      signal: controller.signal,
      onRows: () => {
        batches++;
        controller.abort(new DOMException('Cancelled', 'AbortError'));
      },
    });
    await expect(read).rejects.toThrow('Cancelled');
    expect(posted).toEqual(['fetch', 'stop']);
    // Ended once it says its request is stopped (well before the second it is given at most).
    await expect.poll(() => parser.closed, { timeout: 500, interval: 20 }).toBe(true);
    expect(batches).toBe(1);
  });
});
