/**
 * The lead's 7-day stream on 100,000 entries, before and after a member logs one 10-year entry: the cost
 * of a date window should not depend on the longest entry in the workspace. Part of `npm run bench:api`;
 * `npx tsx scripts/bench-window.ts` runs it alone.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEMO_ACCOUNTS } from '../server/demo/accounts.ts';
import { freePort, median, startServer } from './bench-server.ts';
import { seedLarge } from './seed.ts';

const WS = '/api/organizations/1/workspaces/1';
const DAY_MS = 86_400_000;
const ROUNDS = 41;
const basic = (a: { email: string; password: string }) =>
  `Basic ${Buffer.from(`${a.email}:${a.password}`).toString('base64')}`;

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/** Milliseconds to read the whole stream, over one kept-alive connection (a new one each time adds noise). */
function readStream(url: string, authorization: string): Promise<{ ms: number; rows: number }> {
  const started = performance.now();
  return new Promise((done, fail) => {
    get(url, { headers: { Authorization: authorization }, agent }, (res) => {
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

/**
 * Medians of ROUNDS 7-day streams without and with a 10-year entry, taken in turns (the entry's duration
 * is patched between one hour and ten years before each), so both see the same moments of a busy machine.
 * Leaves the entry in the workspace.
 */
export async function measureLongEntryWindow(base: string): Promise<WindowFigures> {
  const lead = basic(DEMO_ACCOUNTS.lead);
  const member = { Authorization: basic(DEMO_ACCOUNTS.member), 'Content-Type': 'application/json' };
  const now = Date.now();
  const url = `${base}${WS}/time-entries/stream?date_from=${new Date(now - 7 * DAY_MS).toISOString()}&date_to=${new Date(now).toISOString()}`;
  const tenYears = 10 * 365 * 86_400;
  const created = await fetch(`${base}${WS}/tasks/2/time-entries`, {
    method: 'POST',
    headers: member,
    // At ten years long it ends three days ago: inside the window, so the stream has one more row.
    body: JSON.stringify({
      type: 'activity',
      start: new Date(now - 3 * DAY_MS - tenYears * 1000).toISOString(),
      duration: 3600,
    }),
  });
  if (created.status !== 201)
    throw new Error(`creating the entry answered ${created.status}: ${await created.text()}`);
  const { id } = (await created.json()) as { id: number };
  const setDuration = async (duration: number) => {
    const res = await fetch(`${base}${WS}/tasks/2/time-entries/${id}`, {
      method: 'PATCH',
      headers: member,
      body: JSON.stringify({ duration }),
    });
    if (res.status !== 204) throw new Error(`patching the entry answered ${res.status}`);
  };
  const without: number[] = [];
  const withLong: number[] = [];
  let rows = 0;
  for (let i = -1; i < ROUNDS; i++) {
    await setDuration(3600);
    const short = await readStream(url, lead);
    await setDuration(tenYears);
    const long = await readStream(url, lead);
    if (i < 0) continue; // warm-up
    without.push(short.ms);
    withLong.push(long.ms);
    rows = short.rows;
  }
  return { rows, withoutMs: median(without), withMs: median(withLong) };
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
