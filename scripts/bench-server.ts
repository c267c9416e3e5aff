/** The server under test as a child process, and what /proc says about it (Linux): shared by the benchmarks. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

/** `npm start`'s server on `dbPath`, resolved once it says it is listening; `env` adds settings. */
export async function startServer(
  dbPath: string,
  port: number,
  env: Record<string, string> = {},
): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve('server/main.ts')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', FOCUS_DB: dbPath, FOCUS_LOG: '0', ...env },
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

/** The server's processes: the primary and, with FOCUS_WORKERS above 1, its workers. */
export function serverProcesses(pid: number): number[] {
  try {
    const kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    return [pid, ...kids.map(Number)];
  } catch {
    return [pid];
  }
}

/** Resident and peak memory in MB of the largest server process: each request is answered by one. */
export function memory(pid: number): { rss: number; peak: number } {
  let rss = 0;
  let peak = 0;
  for (const p of serverProcesses(pid)) {
    const status = readFileSync(`/proc/${p}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
    rss = Math.max(rss, Math.round(kb('VmRSS') / 1024));
    peak = Math.max(peak, Math.round(kb('VmHWM') / 1024));
  }
  return { rss, peak };
}

/** Open file descriptors of the server's processes, together. */
export function openFiles(pid: number): number {
  return serverProcesses(pid).reduce((sum, p) => {
    try {
      return sum + readdirSync(`/proc/${p}/fd`).length;
    } catch {
      return sum;
    }
  }, 0);
}

/** CPU time (user + system) the server's processes have used, in ms; what the server spends, whatever else runs. */
export function cpuMs(pid: number): number {
  let total = 0;
  for (const p of serverProcesses(pid)) {
    const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    total += (Number(fields[11]) + Number(fields[12])) * 10;
  }
  return total;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
