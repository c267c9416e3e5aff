import type { TimeEntryWithTask } from '../../../contract/index.ts';
import {
  serveEntryStream,
  type FromParser,
  type ParserPort,
  type StreamRequest,
  type ToParser,
} from './entry-stream-host.ts';
import { EntryBatchReader, StreamFormatError } from './entry-stream-parser.ts';

/** The page's side of the parser: a Worker, or one end of a MessageChannel. */
export interface ParserWorker {
  postMessage(message: ToParser, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FromParser>) => void): void;
  terminate(): void;
}

export interface ReadEntryStreamOptions {
  /** Each batch of rows as soon as it is parsed, with how many rows have arrived in all. */
  onRows?: ((rows: TimeEntryWithTask[], loaded: number) => void) | undefined;
  /** Stops reading: the promise rejects with the signal's reason and the parser is shut down. */
  signal?: AbortSignal | undefined;
  /** Makes the parser; by default a module Worker. */
  createParser?: (() => ParserWorker) | undefined;
  /**
   * What an answer other than a success rejects with (the API client's error for it). By default a
   * TypeError naming the status.
   */
  failedAnswer?: ((answer: Response) => Promise<unknown>) | undefined;
}

export type { StreamRequest };

/**
 * The parser on this thread, behind a real MessageChannel: where there is no Worker (tests under Node),
 * the same code runs with the same messages, only not in parallel.
 */
export function inThreadParser(options?: Parameters<typeof serveEntryStream>[1]): ParserWorker {
  const { port1, port2 } = new MessageChannel();
  serveEntryStream(port2 as unknown as ParserPort, options);
  port1.start();
  port2.start();
  return {
    postMessage: (message, transfer) => port1.postMessage(message, transfer),
    addEventListener: (type, listener) => port1.addEventListener(type, listener as EventListener),
    terminate: () => {
      port1.close();
      port2.close();
    },
  };
}

const startWorker = (): ParserWorker =>
  new Worker(new URL('./entry-stream.worker.ts', import.meta.url), { type: 'module', name: 'entry-stream' });

/** Workers started ahead of need, ready to parse (see prewarmParsers). */
const spares: ParserWorker[] = [];

/**
 * Starts `count` parser workers ahead of need. A worker takes some 100 ms to start on a busy machine
 * (a thread, its script fetched and run); started with the dashboard's code, the first whole range's
 * rows do not wait for that. Two: the navigation badge's stream and the screen's range start together.
 */
export function prewarmParsers(count = 2): void {
  if (typeof Worker === 'undefined') return;
  while (spares.length < count) spares.push(startWorker());
}

export function createParserWorker(): ParserWorker {
  if (typeof Worker === 'undefined') return inThreadParser();
  return spares.pop() ?? startWorker();
}

/** Runs `then` once the page has painted what is on it now (at once where nothing paints, as in Node). */
function afterNextPaint(then: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(then, 0));
  else setTimeout(then, 0);
}

/** How long a worker whose request was stopped has to say so before it is ended anyway. */
const STOP_WAIT_MS = 1000;

/**
 * Reads the whole-range stream through the parser worker, which sends `request` itself (so the body goes
 * from the network to the worker without crossing this thread), and resolves with every row, in the
 * order the API sent them; `onRows` sees them batch by batch on the way. Rows whose task is the same
 * share one task object. A body that is not the contract's array rejects with a StreamFormatError
 * naming the row and field; a body that breaks off, or a request that gets no answer, with a TypeError
 * as fetch does; an answer other than a success, with `failedAnswer`'s error.
 */
export function readEntryStream(
  request: StreamRequest,
  options: ReadEntryStreamOptions = {},
): Promise<TimeEntryWithTask[]> {
  const { signal, onRows } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const worker = (options.createParser ?? createParserWorker)();
  const batches = new EntryBatchReader();
  const all: TimeEntryWithTask[] = [];

  return new Promise<TimeEntryWithTask[]>((resolve, reject) => {
    let settled = false;
    /** Set while a stopped request winds down: the worker ends once it says its request is stopped. */
    let stopped: (() => void) | undefined;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      if (!stopped) worker.terminate();
      signal?.removeEventListener('abort', abort);
      if (error === undefined) resolve(all);
      else reject(error);
    };
    const abort = () => {
      // The worker cancels its request itself, then goes: ended at once, its request would end with it,
      // but unseen (the browser reports no cancelled request for a worker that is gone).
      const fallback = setTimeout(() => stopped?.(), STOP_WAIT_MS);
      stopped = () => {
        clearTimeout(fallback);
        stopped = undefined;
        worker.terminate();
      };
      worker.postMessage({ type: 'stop' }, []);
      finish(signal?.reason);
    };
    signal?.addEventListener('abort', abort);

    worker.addEventListener('message', (event) => {
      const message = event.data;
      if (message.type === 'stopped') {
        stopped?.();
        return;
      }
      if (settled) return;
      if (message.type === 'rows') {
        const first = all.length === 0;
        const rows = batches.unpack(message.batch);
        for (const row of rows) all.push(row);
        onRows?.(rows, message.loaded);
        // The parse waits while the first rows are drawn (see FIRST_DRAW_WAIT_MS): once painted, it goes on.
        if (first)
          afterNextPaint(() => {
            if (!settled) worker.postMessage({ type: 'drawn' }, []);
          });
      } else if (message.type === 'done') finish();
      else if (message.type === 'answer') {
        const answer = new Response(message.body, {
          status: message.status,
          statusText: message.statusText,
          headers: message.headers,
        });
        const failed =
          options.failedAnswer ?? ((a: Response) => Promise.resolve(new TypeError(`HTTP ${a.status}`)));
        void failed(answer).then(finish, finish);
      } else if (message.kind === 'format') finish(new StreamFormatError(message.message));
      else finish(new TypeError(message.message));
    });

    worker.postMessage({ type: 'fetch', request }, []);
  });
}
