/**
 * An open-loop load generator: request i is due at start + i / rate, whatever happened to earlier ones,
 * and its latency is measured from when it was due, not from when a connection was free to send it. A
 * server that falls behind shows it as latency (no coordinated omission), and a rate it cannot keep up
 * with shows as a lower achieved rate and a p99 that grows with the run.
 *
 * autocannon's `overallRate` is no substitute: it sends as fast as it can until the second's quota is
 * used and then waits, which measures saturation in bursts. Node's HTTP client is too heavy to be the
 * generator here (it would take most of a core at 2,000 large responses a second on a machine the server
 * shares), so this speaks HTTP/1.1 over plain keep-alive sockets: one pre-built request, and responses
 * read only as far as the status line and Content-Length.
 */
import { spawn } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface ConstantRateOptions {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  /** Body for request number `n` (from 0). */
  body?: ((n: number) => string) | undefined;
  rate: number;
  durationS: number;
  /** Seconds sent at the rate first and not counted: connections opening and the JIT warming up. */
  warmupS?: number;
  /** Keep-alive connections; a request due while all are busy waits for one, and that wait counts. */
  connections: number;
}

export interface ConstantRateResult {
  /** Requests due in the measured part of the run. */
  due: number;
  completed: number;
  /** Completed requests per second over the measured part. */
  achieved: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;

const HEADER_END = Buffer.from('\r\n\r\n');

/** Reads responses off one keep-alive socket, one at a time; `onResponse` gets the status code. */
class Connection {
  private pending: Buffer = Buffer.alloc(0);
  /** Body bytes still to come for the response being read, or -1 while its head is not complete. */
  private bodyLeft = -1;
  private status = 0;
  busy = false;

  constructor(
    readonly socket: Socket,
    private readonly onResponse: (status: number) => void,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.read(chunk));
  }

  private read(chunk: Buffer): void {
    let data: Buffer = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = Buffer.alloc(0);
    while (data.length > 0) {
      if (this.bodyLeft < 0) {
        const end = data.indexOf(HEADER_END);
        if (end < 0) {
          this.pending = data;
          return;
        }
        const head = data.subarray(0, end).toString('latin1');
        this.status = Number(head.slice(9, 12));
        const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
        // Every answer this server gives outside streams has a Content-Length; anything else is an error.
        this.bodyLeft = length ? Number(length[1]) : 0;
        if (!length && this.status !== 204) this.status = 0;
        data = data.subarray(end + HEADER_END.length);
      }
      const take = Math.min(this.bodyLeft, data.length);
      this.bodyLeft -= take;
      data = data.subarray(take);
      if (this.bodyLeft === 0) {
        this.bodyLeft = -1;
        this.busy = false;
        this.onResponse(this.status);
      }
    }
  }
}

export async function constantRate(options: ConstantRateOptions): Promise<ConstantRateResult> {
  const { rate, durationS } = options;
  const target = new URL(options.url);
  const method = options.method ?? 'GET';
  const headLines = [
    `${method} ${target.pathname}${target.search} HTTP/1.1`,
    `Host: ${target.host}`,
    'Connection: keep-alive',
    ...Object.entries(options.headers ?? {}).map(([name, value]) => `${name}: ${value}`),
  ];
  const requestBytes = (n: number): Buffer => {
    const body = options.body?.(n);
    if (body === undefined) return Buffer.from(`${headLines.join('\r\n')}\r\n\r\n`, 'latin1');
    return Buffer.from(
      `${headLines.join('\r\n')}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      'utf8',
    );
  };
  const fixedRequest = options.body ? undefined : requestBytes(0);

  const warmup = Math.round(rate * (options.warmupS ?? 1));
  const total = warmup + Math.round(rate * durationS);
  const latencies: number[] = [];
  let errors = 0;
  let settled = 0;
  /** Requests that came due while every connection was busy: [number, due time]. */
  const queue: [number, number][] = [];
  let queueHead = 0;

  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));

  const connections: Connection[] = [];
  /** What each connection is waiting on: [number, due time]. */
  const inFlight = new Map<Connection, [number, number]>();
  const send = (c: Connection, n: number, dueAt: number) => {
    c.busy = true;
    inFlight.set(c, [n, dueAt]);
    c.socket.write(fixedRequest ?? requestBytes(n));
  };
  const onResponse = (c: Connection) => (status: number) => {
    const [n, dueAt] = inFlight.get(c) ?? [0, 0];
    if (status < 200 || status >= 300) errors += 1;
    else if (n >= warmup) latencies.push(performance.now() - dueAt);
    settled += 1;
    if (settled === total) finish();
    const next = queue[queueHead];
    if (next) {
      queueHead += 1;
      send(c, next[0], next[1]);
    }
  };
  await Promise.all(
    Array.from(
      { length: options.connections },
      () =>
        new Promise<void>((ready, fail) => {
          const socket = connect(Number(target.port), target.hostname, () => ready());
          socket.once('error', fail);
          const c = new Connection(socket, (status) => handlers.get(c)?.(status));
          connections.push(c);
        }),
    ),
  );
  const handlers = new Map(connections.map((c) => [c, onResponse(c)]));
  for (const c of connections) {
    // A connection that fails or closes loses what it was waiting on: an error, and it takes no more.
    c.socket.on('error', () => {});
    c.socket.on('close', () => {
      const lost = c.busy;
      c.busy = true;
      if (!lost) return;
      errors += 1;
      settled += 1;
      if (settled === total) finish();
    });
  }

  const started = performance.now();
  const measuredFrom = started + (warmup * 1000) / rate;
  let sent = 0;
  // Timers fire about once a millisecond; each tick hands out every request that has come due since.
  const tick = setInterval(() => {
    const now = performance.now();
    while (sent < total) {
      const dueAt = started + (sent * 1000) / rate;
      if (dueAt > now) break;
      const free = connections.find((c) => !c.busy);
      if (free) send(free, sent, dueAt);
      else queue.push([sent, dueAt]);
      sent += 1;
    }
    if (sent >= total) clearInterval(tick);
  }, 1);

  // A dead server would leave requests unanswered; stop waiting a while after the last one was due.
  const deadline = setTimeout(finish, (durationS + (options.warmupS ?? 1) + 30) * 1000);
  await done;
  clearTimeout(deadline);
  clearInterval(tick);
  const elapsed = (performance.now() - measuredFrom) / 1000;
  for (const c of connections) c.socket.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  return {
    due: total - warmup,
    completed: latencies.length,
    achieved: latencies.length / elapsed,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
    errors: errors + (total - settled),
  };
}

/**
 * Runs `constantRate` (requests without a body) in a process of its own and answers its result: a
 * generator sharing a heap with the benchmark (which seeded 100,000 rows and ran autocannon) would time
 * its own garbage collections. The options, credentials included, go through stdin, not the command line.
 */
export function constantRateInChild(options: Omit<ConstantRateOptions, 'body'>): Promise<ConstantRateResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('error', fail);
    child.once('exit', (code) => {
      if (code === 0) done(JSON.parse(out) as ConstantRateResult);
      else fail(new Error(`load generator exited with ${code}`));
    });
    child.stdin.end(JSON.stringify(options));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  let input = '';
  process.stdin.on('data', (chunk: Buffer) => (input += chunk.toString()));
  process.stdin.on('end', () => {
    constantRate(JSON.parse(input) as ConstantRateOptions).then(
      (result) => process.stdout.write(JSON.stringify(result)),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
