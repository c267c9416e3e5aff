import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { authorizationHeader } from '../credentials.ts';
import { basicOf, startTestServer, type TestServer } from '../../testing/test-server.ts';
import { StreamFormatError } from './entry-stream-parser.ts';
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
function channelParser(): ParserWorker & { closed: boolean } {
  const inner = inThreadParser();
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
  it.each([
    ['handed over whole', true],
    ['fed piece by piece', false],
  ])('reads the rows the API streams, batch by batch (%s)', async (_, transferBody) => {
    const expected = (await (await openStream()).json()) as TimeEntryWithTask[];
    const res = await openStream();
    const parser = channelParser();
    const seen: number[] = [];
    let batchRows = 0;
    const rows = await readEntryStream(res.body as ReadableStream<Uint8Array>, {
      createParser: () => parser,
      transferBody,
      onRows: (batch, loaded) => {
        batchRows += batch.length;
        seen.push(loaded);
      },
    });
    expect(rows).toEqual(expected);
    expect(batchRows).toBe(expected.length);
    expect(seen.at(-1)).toBe(expected.length);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(parser.closed).toBe(true);
  });

  it('rejects a body that is not the array of entries, naming the row', async () => {
    const good = '{"id":1,"workspace_id":1,"toggl_user_id":1,"type":"activity","created_at":"x"}';
    const body = new Response(`[${good},${good.replace('"activity"', '"lunch"')}]`).body;
    const read = readEntryStream(body as ReadableStream<Uint8Array>, { createParser: channelParser });
    await expect(read).rejects.toThrow(StreamFormatError);
    await expect(read).rejects.toThrow(/row 1 \(id 1\): type/);
  });

  it('stops when cancelled: rejects with the reason, reads no further and shuts the parser down', async () => {
    const source = (await openStream()).body?.getReader() as ReadableStreamDefaultReader<Uint8Array>;
    let cancelled: unknown;
    let sent = 0;
    // The response body, holding back after its first 200 kB (a slow network), with its cancellation in view.
    const body = new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        if (sent > 200_000) return new Promise<void>(() => {});
        const { done, value } = await source.read();
        if (done) controller.close();
        else {
          sent += value.length;
          controller.enqueue(value);
        }
      },
      cancel: (reason) => {
        cancelled = reason;
        return source.cancel(reason);
      },
    });
    const parser = channelParser();
    const controller = new AbortController();
    let batches = 0;
    const read = readEntryStream(body, {
      createParser: () => parser,
      transferBody: false,
      signal: controller.signal,
      onRows: () => {
        batches++;
        controller.abort(new DOMException('Cancelled', 'AbortError'));
      },
    });
    await expect(read).rejects.toThrow('Cancelled');
    expect(batches).toBe(1);
    expect(parser.closed).toBe(true);
    expect(cancelled).toBe(controller.signal.reason);
  });
});
