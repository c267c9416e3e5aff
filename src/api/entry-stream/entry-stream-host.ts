import { API_REQUEST_INIT } from '../request-init.ts';
import { EntryStreamParser, StreamFormatError, type EntryBatch } from './entry-stream-parser.ts';

/**
 * A GET the parsing worker sends itself, so the body goes from the network straight to the worker: a
 * body the page fetched crosses the page's main thread on its way, chunk by chunk (some 300 ms of
 * main-thread CPU for 50,000 rows on a 2-core machine, whichever way it is handed over).
 */
export interface StreamRequest {
  /** Absolute: a worker resolves a relative URL against its own script's. */
  url: string;
  headers: Record<string, string>;
}

/**
 * What the page sends the parsing worker: the request to send, then perhaps `stop` (a worker that is
 * terminated stops its request too, but unseen: the browser reports no cancelled request for it).
 */
export type ToParser =
  | { type: 'fetch'; request: StreamRequest }
  | { type: 'stop' }
  /** The page has drawn the first rows (see FIRST_DRAW_WAIT_MS). */
  | { type: 'drawn' };

/** What the worker sends back. */
export type FromParser =
  | { type: 'rows'; batch: EntryBatch; loaded: number }
  | { type: 'done'; loaded: number }
  /** The request was stopped, as the page asked. */
  | { type: 'stopped' }
  /** The worker's request was answered with something other than a success: the page makes the error. */
  | { type: 'answer'; status: number; statusText: string; headers: [string, string][]; body: string }
  /** `format`: the body breaks the contract; `network`: reading it failed. */
  | { type: 'error'; kind: 'format' | 'network'; message: string };

/** The side of a Worker (or of a MessageChannel) that the parser listens on. */
export interface ParserPort {
  postMessage(message: FromParser, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToParser>) => void): void;
}

/**
 * The first rows go out as soon as they are parsed, a screenful first, so the first screen shows at
 * once; later ones at most every BATCH_MS, so the page handles a few dozen batches a second whatever the speed of the
 * network, and at most MAX_BATCH rows at a time, so no single message keeps the page busy for long.
 */
const BATCH_MS = 50;
const MAX_BATCH = 2000;
/** The very first message holds about a screenful, so the page shows it before taking in the rest. */
const FIRST_BATCH = 100;
/**
 * Once the first rows are out, the parse waits until the page says it has drawn them, for this long at most
 * (a hidden tab draws nothing). The page then has a core to itself for the first screen: parsing on at once,
 * on a 2-core machine where the server compresses the stream on the other, took the page's main thread
 * off the CPU for most of the 500 ms between its 25 ms of work for the first rows and their paint.
 */
export const FIRST_DRAW_WAIT_MS = 300;

/** Runs in the worker: sends the request `port` is given, parses its body and posts the rows back in batches. */
export function serveEntryStream(
  port: ParserPort,
  { firstDrawWaitMs = FIRST_DRAW_WAIT_MS }: { firstDrawWaitMs?: number } = {},
): void {
  const parser = new EntryStreamParser();
  let lastSent = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failed = false;
  let sent = 0;
  /** While the page draws the first rows: resolves when it says so, or after FIRST_DRAW_WAIT_MS. */
  let firstDraw: Promise<void> | undefined;
  let drawn: (() => void) | undefined;

  const send = () => {
    clearTimeout(timer);
    timer = undefined;
    if (parser.pending === 0) return;
    const batch = parser.take();
    const { rows, refs } = batch;
    // A big parse goes out as several messages, each one the page takes in one short task.
    for (let from = 0; from < rows.length;) {
      const to = Math.min(rows.length, from + (sent === 0 ? FIRST_BATCH : MAX_BATCH));
      const part: EntryBatch =
        from === 0 && to === rows.length
          ? batch
          : {
              rows: rows.slice(from, to),
              refs: refs.slice(from, to),
              tasks: from === 0 ? batch.tasks : [],
            };
      const first = sent === 0;
      sent += part.rows.length;
      port.postMessage({ type: 'rows', batch: part, loaded: sent }, [part.refs.buffer]);
      from = to;
      if (first)
        firstDraw = new Promise((resolve) => {
          drawn = resolve;
          setTimeout(resolve, firstDrawWaitMs);
        });
    }
    lastSent = performance.now();
  };

  const fail = (error: unknown) => {
    if (failed) return;
    failed = true;
    clearTimeout(timer);
    const format = error instanceof StreamFormatError;
    const message = error instanceof Error ? error.message : String(error);
    port.postMessage({ type: 'error', kind: format ? 'format' : 'network', message }, []);
  };

  const take = (bytes: Uint8Array) => {
    if (failed) return;
    try {
      parser.push(bytes);
    } catch (error) {
      fail(error);
      return;
    }
    if (parser.pending === 0) return;
    const wait = lastSent + BATCH_MS - performance.now();
    if (lastSent === 0 || wait <= 0) send();
    else timer ??= setTimeout(send, wait);
  };

  const finish = () => {
    if (failed) return;
    try {
      parser.end();
    } catch (error) {
      fail(error);
      return;
    }
    send();
    port.postMessage({ type: 'done', loaded: parser.count }, []);
  };

  const read = async (body: ReadableStream<Uint8Array>) => {
    const reader = body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        take(value);
        if (failed) {
          await reader.cancel();
          return;
        }
        if (firstDraw) {
          await firstDraw;
          firstDraw = undefined;
        }
      }
    } catch (error) {
      fail(error);
      return;
    }
    finish();
  };

  const stop = new AbortController();
  const fetchBody = async ({ url, headers }: StreamRequest) => {
    let response: Response;
    try {
      response = await fetch(url, { headers, signal: stop.signal, ...API_REQUEST_INIT });
    } catch (error) {
      fail(error);
      return;
    }
    if (!response.ok) {
      failed = true;
      const body = await response.text().catch(() => '');
      port.postMessage(
        {
          type: 'answer',
          status: response.status,
          statusText: response.statusText,
          headers: [...response.headers],
          body,
        },
        [],
      );
      return;
    }
    // A success without a body (a 204) reads as an empty one, which is not the contract's array.
    await read(response.body ?? new Blob([]).stream());
  };

  port.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type === 'fetch') void fetchBody(message.request);
    else if (message.type === 'drawn') drawn?.();
    else {
      failed = true;
      clearTimeout(timer);
      drawn?.();
      stop.abort();
      port.postMessage({ type: 'stopped' }, []);
    }
  });
}
