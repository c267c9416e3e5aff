/**
 * npm run bench:api — the local Focus API under load, on 100,000 entries.
 * The server runs as a child process so the load generator does not share its event loop.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_ACCOUNTS } from '../server/demo/accounts.ts';
import { seedLarge } from './seed.ts';

interface CannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  non2xx: number;
}
interface CannonRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  setupRequest?: (req: { body?: string }, context: { n?: number }) => unknown;
}
type Cannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
  requests?: CannonRequest[];
}) => Promise<CannonResult>;

const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;
const ENTRIES = 100_000;
const DURATION_S = 10;
const CONNECTIONS = 10;
const lead = DEMO_ACCOUNTS.lead;
const AUTH = { Authorization: `Basic ${Buffer.from(`${lead.email}:${lead.password}`).toString('base64')}` };
const WS = '/api/organizations/1/workspaces/1';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

async function startServer(dbPath: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve('server/main.ts')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', FOCUS_DB: dbPath, FOCUS_LOG: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ready, fail) => {
    child.once('exit', (code) => fail(new Error(`server exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Focus dashboard:')) ready();
    });
  });
  return child;
}

/** Resident and peak memory of a process in MB (Linux). */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

/** CPU time (user + system) a process has used, in ms; counts what the server spends, whatever else runs. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function json<T>(url: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(url, {
    ...init,
    headers: { ...AUTH, 'Content-Type': 'application/json', ...init.headers },
  });
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Reads a whole stream on a connection of its own (a reused keep-alive socket could have gone stale). */
async function timeStream(
  base: string,
  from = '1970-01-01T00:00:00Z',
): Promise<{ ms: number; rows: number; mb: number }> {
  const url = `${base}${WS}/time-entries/stream?date_from=${from}&date_to=2100-01-01T00:00:00Z`;
  const started = performance.now();
  const body = await new Promise<Buffer>((resolve, reject) => {
    get(url, { headers: AUTH, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
      res.on('error', reject);
    }).on('error', reject);
  });
  const ms = performance.now() - started;
  const rows = (JSON.parse(body.toString('utf8')) as unknown[]).length;
  return { ms, rows, mb: body.length / 1e6 };
}

async function timeBulkPatch(base: string, ids: number[], round: number): Promise<number> {
  const body = JSON.stringify(ids.map((id) => ({ id, duration: 600 + round * 60 })));
  const started = performance.now();
  const res = await fetch(`${base}${WS}/time-entries/bulk`, {
    method: 'PATCH',
    headers: { ...AUTH, 'Content-Type': 'application/json' },
    body,
  });
  await res.arrayBuffer();
  if (res.status !== 204) throw new Error(`bulk patch answered ${res.status}`);
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const f = (n: number, digits = 0) => n.toFixed(digits);

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'focus-bench-'));
  const dbPath = join(dir, 'bench.db');
  let child: ChildProcess | undefined;
  try {
    const seedStart = performance.now();
    const written = await seedLarge(dbPath, ENTRIES, true);
    console.log(`seeded ${written} entries in ${f(performance.now() - seedStart)} ms`);
    const port = await freePort();
    child = await startServer(dbPath, port);
    const pid = child.pid ?? 0;
    const base = `http://127.0.0.1:${port}`;

    const now = new Date();
    const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
    const window = `date_from=${weekAgo.toISOString()}&date_to=${now.toISOString()}`;
    const page = await json<{ data: { id: number; task_id: number }[] }>(
      `${base}${WS}/time-entries?${window}&type=activity&per_page=100`,
    );
    const target = page.data[0];
    if (!target) throw new Error('no entries in the last week');
    const entryPath = `${WS}/tasks/${target.task_id}/time-entries/${target.id}`;
    const before = memory(pid);

    const small = await timeStream(base, new Date(now.getTime() - 30 * 86_400_000).toISOString());
    const afterSmall = memory(pid);
    const streamCpu = cpuMs(pid);
    const streams = [await timeStream(base), await timeStream(base), await timeStream(base)];
    const streamCpuMs = (cpuMs(pid) - streamCpu) / streams.length;
    const afterFull = memory(pid);
    const stream = streams.reduce((a, b) => (b.ms < a.ms ? b : a));

    const run = async (requests: CannonRequest[]) => {
      const cpu = cpuMs(pid);
      const result = await autocannon({
        url: base,
        connections: CONNECTIONS,
        duration: DURATION_S,
        headers: AUTH,
        requests,
      });
      const count = result.requests.average * DURATION_S;
      return { ...result, cpuUs: ((cpuMs(pid) - cpu) * 1000) / Math.max(1, count) };
    };
    const filtered = await run([
      { method: 'GET', path: `${WS}/time-entries?${window}&type=activity&per_page=50` },
    ]);
    const byId = await run([{ method: 'GET', path: entryPath }]);
    const patch = await run([
      {
        method: 'PATCH',
        path: entryPath,
        headers: { ...AUTH, 'Content-Type': 'application/json' },
        setupRequest: (req, context) => {
          context.n = (context.n ?? 0) + 1;
          return { ...req, body: JSON.stringify({ duration: context.n % 2 === 0 ? 1800 : 3600 }) };
        },
      },
    ]);

    const ids: number[] = [];
    for (let p = 1; ids.length < 1000; p++) {
      const more = await json<{ data: { id: number }[] }>(
        `${base}${WS}/time-entries?date_from=2000-01-01T00:00:00Z&date_to=2100-01-01T00:00:00Z&per_page=100&page=${p}`,
      );
      ids.push(...more.data.map((e) => e.id));
    }
    const bulk: number[] = [];
    for (let round = 0; round < 7; round++) bulk.push(await timeBulkPatch(base, ids.slice(0, 1000), round));

    const rows = [
      ['filtered page (7 days, activity, 50)', filtered, '2,000+ req/s, p99 < 10 ms'],
      ['get entry by id', byId, '10,000+ req/s'],
      ['PATCH entry (alternating duration)', patch, '5,000+ req/s'],
    ] as const;
    const load = loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
    console.log(
      `\n${CONNECTIONS} connections, ${DURATION_S} s each, server in a child process, load average ${load}\n`,
    );
    console.log('| case | req/s | p50 ms | p99 ms | server CPU per request | errors | target |');
    console.log('|---|---:|---:|---:|---:|---:|---|');
    for (const [name, r, goal] of rows) {
      console.log(
        `| ${name} | ${f(r.requests.average)} | ${r.latency.p50} | ${r.latency.p99} | ${f(r.cpuUs)} µs | ${r.errors + r.non2xx} | ${goal} |`,
      );
    }
    console.log(
      `| full-range stream (${stream.rows} rows, ${f(stream.mb, 1)} MB, tasks embedded) | best of 3: ${f(stream.ms)} ms | | | ${f(streamCpuMs)} ms | | < 1 s, flat memory |`,
    );
    console.log(`| bulk PATCH of 1,000 entries | median of 7: ${f(median(bulk), 1)} ms | | | | | < 50 ms |`);
    console.log(
      `\nserver memory: RSS ${before.rss} MB at start; peak ${afterSmall.peak} MB after a ${small.rows}-row stream, ` +
        `peak ${afterFull.peak} MB after three ${stream.rows}-row streams (RSS then ${afterFull.rss} MB)`,
    );
  } finally {
    child?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
