/**
 * npm run bench:hostile — what hostile clients cost the local API, on 100,000 entries and one server process:
 * a flood of wrong passwords (and how fast a valid sign-in from elsewhere answers meanwhile), a deeply nested
 * JSON body (and a concurrent GET), and 300 streams opened and never read (memory, open files, small GETs).
 * The server runs as a child process; the flood comes from 127.0.0.2 and the valid sign-ins from 127.0.0.3.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ACCOUNTS } from '../server/demo/accounts.ts';
import { cpuMs, freePort, median, memory, openFiles, serverProcesses, startServer } from './bench-server.ts';
import { seedLarge } from './seed.ts';

const FLOOD = 500;
const FLOOD_CONNECTIONS = 10;
const UNREAD_STREAMS = 300;
const USERS = '/api/organizations/1/users';
const STREAM =
  '/api/organizations/1/workspaces/1/time-entries/stream?date_from=1970-01-01T00:00:00Z&date_to=2100-01-01T00:00:00Z';
const basic = (email: string, password: string) =>
  `Basic ${Buffer.from(`${email}:${password}`).toString('base64')}`;
const LEAD = basic(DEMO_ACCOUNTS.lead.email, DEMO_ACCOUNTS.lead.password);
const f = (n: number, digits = 0) => n.toFixed(digits);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Answer {
  status: number;
  ms: number;
}

function send(
  port: number,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: Buffer; agent?: Agent },
): Promise<Answer> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: options.headers,
        agent: options.agent,
      },
      (res) => {
        res.resume();
        res.on('end', () => done({ status: res.statusCode ?? 0, ms: performance.now() - started }));
      },
    );
    req.on('error', fail);
    req.end(options.body);
  });
}

/** `member@example.com` with the case of its letters set by the bits of `n`: the same account, an uncached header. */
function memberVariant(n: number): string {
  let bit = 0;
  const email = [...DEMO_ACCOUNTS.member.email]
    .map((c) => (/[a-z]/.test(c) && (n >> bit++) % 2 === 1 ? c.toUpperCase() : c))
    .join('');
  return basic(email, DEMO_ACCOUNTS.member.password);
}

const statusCounts = (answers: Answer[]) =>
  Object.entries(
    answers.reduce<Record<number, number>>(
      (acc, a) => ({ ...acc, [a.status]: (acc[a.status] ?? 0) + 1 }),
      {},
    ),
  )
    .map(([status, n]) => `${n} × ${status}`)
    .join(', ');

async function signInFlood(port: number, pid: number): Promise<string[]> {
  const elsewhere = new Agent({ keepAlive: true, localAddress: '127.0.0.3' });
  let variant = 1;
  const valid = () =>
    send(port, { path: USERS, headers: { Authorization: memberVariant(variant++) }, agent: elsewhere });
  const quiet: Answer[] = [];
  for (let i = 0; i < 10; i++) quiet.push(await valid());

  const attacker = new Agent({ keepAlive: true, maxSockets: FLOOD_CONNECTIONS, localAddress: '127.0.0.2' });
  // The outsider's account: the lead's is used below and must not be made to wait. Each guess differs, as
  // a real one would (the server checks identical headers that arrive together only once).
  const wrong = (i: number) => basic(DEMO_ACCOUNTS.outsider.email, `not-the-password-${i}`);
  const cpu = cpuMs(pid);
  const started = performance.now();
  let flooding = true;
  const flood = Promise.all(
    Array.from({ length: FLOOD }, (_, i) =>
      send(port, { path: USERS, headers: { Authorization: wrong(i) }, agent: attacker }),
    ),
  ).finally(() => (flooding = false));
  const during: Answer[] = [];
  await sleep(20);
  while (flooding) during.push(await valid());
  const flooded = await flood;
  const seconds = (performance.now() - started) / 1000;
  const floodCpu = cpuMs(pid) - cpu;
  attacker.destroy();
  elsewhere.destroy();
  return [
    `| valid uncached sign-in, quiet (another address) | median ${f(median(quiet.map((a) => a.ms)), 1)} ms | ${statusCounts(quiet)} |`,
    `| ${FLOOD} wrong passwords for one account, ${FLOOD_CONNECTIONS} at a time | ${f(seconds, 2)} s (${f(FLOOD / seconds)} a second), server CPU ${f(floodCpu)} ms | ${statusCounts(flooded)} |`,
    `| valid uncached sign-in during the flood (another account and address) | median ${f(median(during.map((a) => a.ms)), 1)} ms, max ${f(Math.max(...during.map((a) => a.ms)), 1)} ms over ${during.length} | ${statusCounts(during)} |`,
  ];
}

async function nestedBody(port: number): Promise<string[]> {
  const agent = new Agent({ keepAlive: true });
  const nested = Buffer.from('['.repeat(4_800_000));
  await send(port, { path: USERS, headers: { Authorization: LEAD }, agent }); // the credentials are remembered from here on
  const refusals: Answer[] = [];
  const gets: number[] = [];
  for (let round = 0; round < 5; round++) {
    let posting = true;
    const post = send(port, {
      path: '/api/organizations/1/workspaces/1/time-entries/bulk',
      method: 'POST',
      headers: { Authorization: LEAD, 'Content-Type': 'application/json' },
      body: nested,
    }).finally(() => (posting = false));
    while (posting) {
      gets.push((await send(port, { path: USERS, headers: { Authorization: LEAD }, agent })).ms);
      await sleep(2);
    }
    refusals.push(await post);
  }
  agent.destroy();
  return [
    `| 4.8 MB of \`[\` posted with valid credentials, 5 rounds | refused in median ${f(median(refusals.map((a) => a.ms)), 1)} ms, max ${f(Math.max(...refusals.map((a) => a.ms)), 1)} ms | ${statusCounts(refusals)} |`,
    `| a small GET meanwhile | median ${f(median(gets), 1)} ms, max ${f(Math.max(...gets), 1)} ms over ${gets.length} | |`,
  ];
}

/** Sends a stream request and reads only until its status line has arrived; then never reads again. */
function openUnread(port: number): Promise<{ socket: Socket; status: number }> {
  return new Promise((done, fail) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('error', fail);
    socket.write(`GET ${STREAM} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: ${LEAD}\r\n\r\n`);
    socket.once('data', (chunk: Buffer) => {
      socket.pause();
      socket.removeListener('error', fail);
      socket.on('error', () => undefined);
      done({ socket, status: Number(/^HTTP\/1\.1 (\d+)/.exec(chunk.toString('latin1'))?.[1] ?? 0) });
    });
  });
}

async function unreadStreams(port: number, pid: number): Promise<string[]> {
  const worker = serverProcesses(pid).at(-1) ?? pid;
  const agent = new Agent({ keepAlive: true });
  const smallGets = async () => {
    const ms: number[] = [];
    for (let i = 0; i < 10; i++)
      ms.push((await send(port, { path: USERS, headers: { Authorization: LEAD }, agent })).ms);
    return ms;
  };
  await smallGets();
  const start = { ...memory(worker), files: openFiles(worker) };
  const opened = await Promise.all(Array.from({ length: UNREAD_STREAMS }, () => openUnread(port)));
  await sleep(3000);
  const held = { ...memory(worker), files: openFiles(worker) };
  const meanwhile = await smallGets();
  for (const o of opened) o.socket.destroy();
  await sleep(1000);
  const after = { ...memory(worker), files: openFiles(worker) };
  agent.destroy();
  const statuses = statusCounts(opened.map((o) => ({ status: o.status, ms: 0 })));
  return [
    `| ${UNREAD_STREAMS} full-range streams opened and never read | RSS ${start.rss} → ${held.rss} MB (${held.rss - start.rss >= 0 ? '+' : ''}${held.rss - start.rss}), open files ${start.files} → ${held.files}; after closing them RSS ${after.rss} MB, files ${after.files} | ${statuses} |`,
    `| a small GET meanwhile | median ${f(median(meanwhile), 1)} ms, max ${f(Math.max(...meanwhile), 1)} ms | |`,
  ];
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'focus-bench-hostile-'));
  let child: ChildProcess | undefined;
  try {
    const dbPath = join(dir, 'bench.db');
    await seedLarge(dbPath, 100_000, true);
    const port = await freePort();
    child = await startServer(dbPath, port, { FOCUS_WORKERS: '1' });
    const pid = child.pid ?? 0;
    const rows = [
      ...(await signInFlood(port, pid)),
      ...(await nestedBody(port)),
      ...(await unreadStreams(port, pid)),
    ];
    console.log(
      `\none server process on 100,000 entries; load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}\n`,
    );
    console.log('| case | figures | answers |');
    console.log('|---|---|---|');
    for (const row of rows) console.log(row);
  } finally {
    child?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
