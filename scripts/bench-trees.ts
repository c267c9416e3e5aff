/**
 * The two dashboards the before/after benchmarks compare: the baseline commit, unpacked into a
 * temporary folder (`git archive`, never committed, no worktree registered) with its own packages,
 * and this checkout. When every package the baseline's lockfile names is here at the same version,
 * its node_modules is this checkout's, hard-linked; otherwise it gets its own `npm ci`. Each is
 * built with its own Vite config and served by its own server code, so "before" is what that commit
 * shipped.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { QUIET_CHROMIUM_ARGS } from './browser-flags.ts';

export const BASELINE_COMMIT = '14922ce';

export interface Tree {
  name: 'before' | 'after';
  dir: string;
}

const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });

type Lockfile = { packages?: Record<string, { version?: string; link?: boolean }> };
const lockfile = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as Lockfile;

/** The packages `dir`'s lockfile names that this checkout's lockfile does not have at the same version. */
export function packagesMissingHere(dir: string, here = resolve('.')): string[] {
  const ours = lockfile(here).packages ?? {};
  return Object.entries(lockfile(dir).packages ?? {})
    .filter(([path, pkg]) => path !== '' && !pkg.link && ours[path]?.version !== pkg.version)
    .map(([path, pkg]) => `${path.replace(/^.*node_modules\//, '')}@${pkg.version}`);
}

/** The baseline's sources, unpacked once and kept in the temp folder for later runs. */
export function baselineTree(commit = BASELINE_COMMIT): Tree {
  const dir = join(tmpdir(), `focus-bench-base-${commit}`);
  // Written once the packages are in place: a tree an interrupted or older run left is made again.
  const ready = join(dir, '.bench-tree-ready');
  if (!existsSync(ready)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const archive = join(dir, '..', `focus-bench-base-${commit}.tar`);
    run('git', ['archive', '--format=tar', `--output=${archive}`, commit], resolve('.'));
    run('tar', ['-xf', archive, '-C', dir], dir);
    rmSync(archive);
    const missing = packagesMissingHere(dir);
    if (missing.length === 0) {
      // Hard links: a full copy in no time and no space, and every package the baseline needs is in it.
      run('cp', ['-al', resolve('node_modules'), join(dir, 'node_modules')], dir);
    } else {
      // Since 40b90c7 the baseline's @tanstack/react-virtual, for one, is no longer among ours.
      console.log(
        `The baseline needs ${missing.length} packages this checkout lacks (${missing.slice(0, 3).join(', ')}…): npm ci there…`,
      );
      run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], dir);
    }
    writeFileSync(ready, `${commit}\n`);
  }
  return { name: 'before', dir };
}

export const currentTree = (): Tree => ({ name: 'after', dir: resolve('.') });

/** Builds a tree's dashboard unless `fresh` is false and a build is there already. */
export function build(tree: Tree, fresh = true): void {
  if (!fresh && existsSync(join(tree.dir, 'dist', 'index.html'))) return;
  console.log(`Building ${tree.name} (${tree.dir})…`);
  run(
    process.execPath,
    [join(tree.dir, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    tree.dir,
  );
}

export interface RunningServer {
  url: string;
  apiUrl: string;
  stop(): Promise<void>;
}

/** Starts a tree's own `server/main.ts` (one process, logs off) on a throwaway database. */
export async function serve(tree: Tree, port: number): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), `focus-bench-${tree.name}-`));
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(tree.dir, 'server', 'main.ts')],
    {
      cwd: tree.dir,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        FOCUS_DB: join(dataDir, 'focus.db'),
        FOCUS_LOG: '0',
        FOCUS_WORKERS: '1',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the ${tree.name} server exited (${child.exitCode})`);
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 600) throw new Error(`the ${tree.name} server did not start`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    apiUrl: `${url}/api`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const CHROMIUM =
  [process.env.CHROMIUM_PATH, process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p) => p && existsSync(p),
  ) ?? undefined;

export const CHROMIUM_ARGS = ['--no-sandbox', ...QUIET_CHROMIUM_ARGS, '--disable-gpu'];

/** `after / before` as a ratio, or a dash where it means nothing. */
export function ratio(before: number | null, after: number | null): string {
  if (before === null || after === null || before === 0) return '–';
  return `${(after / before).toFixed(2)}×`;
}

/** Rows of `label, before, after, ratio` as an aligned text table. */
export function printTable(
  title: string,
  rows: [string, number | string | null, number | string | null, string?][],
) {
  const cells = rows.map(([label, b, a, r]) => [
    label,
    format(b),
    format(a),
    r ?? (typeof b === 'number' && typeof a === 'number' ? ratio(b, a) : ''),
  ]);
  const header = ['', 'before', 'after', 'after/before'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)));
  const line = (c: string[]) =>
    c.map((x, i) => (i === 0 ? x.padEnd(widths[i] as number) : x.padStart(widths[i] as number))).join('  ');
  console.log(`\n${title}\n${line(header)}\n${cells.map(line).join('\n')}`);
}

function format(v: number | string | null): string {
  if (v === null) return '–';
  if (typeof v === 'string') return v;
  return Number.isInteger(v)
    ? v.toLocaleString('en-GB')
    : v.toLocaleString('en-GB', { maximumFractionDigits: 1 });
}
