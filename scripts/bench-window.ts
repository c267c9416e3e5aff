/**
 * The lead's 7-day stream on 100,000 entries, before and after a member logs one 10-year entry: the cost
 * of a date window should not depend on the longest entry in the workspace. Part of `npm run bench:api`;
 * `npx tsx scripts/bench-window.ts` runs it alone.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEMO_ACCOUNTS } from '../server/demo/accounts.ts';
import { freePort, median, startServer } from './bench-server.ts';
import { seedLarge } from './seed.ts';

const WS = '/api/organizations/1/workspaces/1';
const DAY_MS = 86_400_000;
const ROUNDS = 21;
const basic = (a: { email: string; password: string }) =>
  `Basic ${Buffer.from(`${a.email}:${a.password}`).toString('base64')}`;

/** Milliseconds to read the whole stream, on a connection of its own. */
function readStream(url: string, authorization: string): Promise<{ ms: number; rows: number }> {
  const started = performance.now();
  return new Promise((done, fail) => {
    get(url, { headers: { Authorization: authorization }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const ms = performance.now() - started;
        if (res.statusCode !== 200) fail(new Error(`stream answered ${res.statusCode}`));
        else done({ ms, rows: (JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown[]).length });
      });
      res.on('error', fail);
    }).on('error', fail);
  });
}

export interface WindowFigures {
  rows: number;
  withoutMs: number;
  withMs: number;
}

/** Median of ROUNDS 7-day streams without, then with, a 10-year entry; adds that entry to the workspace. */
export async function measureLongEntryWindow(base: string): Promise<WindowFigures> {
  const lead = basic(DEMO_ACCOUNTS.lead);
  const now = Date.now();
  const url = `${base}${WS}/time-entries/stream?date_from=${new Date(now - 7 * DAY_MS).toISOString()}&date_to=${new Date(now).toISOString()}`;
  const sample = async () => {
    await readStream(url, lead); // warm-up
    const runs = [];
    for (let i = 0; i < ROUNDS; i++) runs.push(await readStream(url, lead));
    return { ms: median(runs.map((r) => r.ms)), rows: runs[0]?.rows ?? 0 };
  };
  const without = await sample();
  const tenYears = 10 * 365 * 86_400;
  const res = await fetch(`${base}${WS}/tasks/2/time-entries`, {
    method: 'POST',
    headers: { Authorization: basic(DEMO_ACCOUNTS.member), 'Content-Type': 'application/json' },
    // Ends three days ago: inside the window, so the stream has one more row.
    body: JSON.stringify({
      type: 'activity',
      start: new Date(now - 3 * DAY_MS - tenYears * 1000).toISOString(),
      duration: tenYears,
    }),
  });
  if (res.status !== 201)
    throw new Error(`creating the 10-year entry answered ${res.status}: ${await res.text()}`);
  const withLong = await sample();
  return { rows: without.rows, withoutMs: without.ms, withMs: withLong.ms };
}

export function describeWindow(w: WindowFigures): string {
  return (
    `| 7-day stream (${w.rows} rows) without / with one 10-year entry | median of ${ROUNDS}: ${w.withoutMs.toFixed(1)} / ` +
    `${w.withMs.toFixed(1)} ms (× ${(w.withMs / w.withoutMs).toFixed(2)}) | | | | | within 1.2 × |`
  );
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'focus-bench-window-'));
  let child: ChildProcess | undefined;
  try {
    const dbPath = join(dir, 'bench.db');
    await seedLarge(dbPath, 100_000, true);
    const port = await freePort();
    child = await startServer(dbPath, port, { FOCUS_WORKERS: '1' });
    console.log(describeWindow(await measureLongEntryWindow(`http://127.0.0.1:${port}`)));
  } finally {
    child?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
