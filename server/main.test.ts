/**
 * `npm start`'s server as a real process tree: a primary and FOCUS_WORKERS workers sharing one port and
 * one SQLite file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, demoAuthorization } from './demo/accounts.ts';

const dir = mkdtempSync(join(tmpdir(), 'focus-main-'));
const lead = DEMO_ACCOUNTS.lead;
const auth = demoAuthorization('lead');
let child: ChildProcess;
let base: string;
let output = '';

const freePort = () =>
  new Promise<number>((done) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });

/** Process ids below `pid` (Linux). */
function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/** Whether `pid` is still running (a zombie waiting to be reaped has stopped); waits up to a second. */
async function running(pid: number): Promise<boolean> {
  for (let i = 0; i < 20; i++) {
    let state = 'gone';
    try {
      state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] ?? 'gone';
    } catch {
      // no such process
    }
    if (state === 'gone' || state === 'Z' || state === 'X') return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}/api/organizations/1/workspaces/1`;
  child = spawn(process.execPath, ['--import', 'tsx', resolve('server/main.ts')], {
    env: {
      ...process.env,
      PORT: String(port),
      FOCUS_DB: join(dir, 'focus.db'),
      FOCUS_WORKERS: '2',
      FOCUS_LOG: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((ready, fail) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('2 server processes')) ready();
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', (code) => fail(new Error(`server exited with ${code}: ${output}`)));
  });
}, 60_000);

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('npm start with two server processes', () => {
  it('prints the sign-in once and runs two workers under the primary', async () => {
    expect(output.match(/Focus dashboard:/g)).toHaveLength(1);
    expect(output).toContain(`${lead.email} / ${lead.password}`);
    expect(children(child.pid ?? 0)).toHaveLength(2);
  });

  it('a change made through one connection is seen on every other, whichever process answers', async () => {
    const window = 'date_from=2000-01-01T00:00:00Z&date_to=2100-01-01T00:00:00Z&per_page=1';
    const first = (await (
      await fetch(`${base}/time-entries?${window}`, { headers: { Authorization: auth } })
    ).json()) as { data: { id: number; task_id: number }[] };
    const entry = first.data[0];
    if (!entry) throw new Error('no entries');
    const path = `${base}/tasks/${entry.task_id}/time-entries/${entry.id}`;
    for (const duration of [1234, 2345, 3456]) {
      const patched = await fetch(path, {
        method: 'PATCH',
        headers: { Authorization: auth, 'Content-Type': 'application/json', Connection: 'close' },
        body: JSON.stringify({ duration }),
      });
      expect(patched.status).toBe(204);
      // Fresh connections, so the round-robin hands them to both workers.
      const reads = await Promise.all(
        Array.from({ length: 6 }, async () => {
          const res = await fetch(path, { headers: { Authorization: auth, Connection: 'close' } });
          return ((await res.json()) as { duration: number }).duration;
        }),
      );
      expect(reads).toEqual(Array(6).fill(duration));
    }
  });

  it('SIGTERM to the primary stops every process cleanly', async () => {
    const pid = child.pid ?? 0;
    const workers = children(pid);
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(workers).toHaveLength(2);
    for (const worker of workers) expect(await running(worker)).toBe(false);
  });
});
