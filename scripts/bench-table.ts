/**
 * npm run bench:table — the whole-range table on 50,000 and 200,000 entries, before (the baseline
 * commit, its own build and server) and after (this checkout), side by side in one run. For each: time
 * from the stream request to the first rows on screen and to the last row in the table, the longest
 * main-thread task in between, the page's heap and the tab's memory once loaded, frame times while
 * scrolling 120 and 1,200 px a frame and for random jumps, and the rows in the DOM.
 *
 * Usage: npm run bench:table [-- --entries 50000,200000] [--only after] [--no-build] [--profile] [--tasks] [--headed]
 *        [--port 4462] [--before <commit>] [--save-trace <dir>]
 * The machine is shared: compare the ratios within one run rather than figures across runs.
 */
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { TasksPage } from '../contract/index.ts';
import { demoAuthorization } from '../server/demo/accounts.ts';
import {
  BASELINE_COMMIT,
  baselineTree,
  build,
  CHROMIUM,
  CHROMIUM_ARGS,
  currentTree,
  printTable,
  serve,
  type Tree,
} from './bench-trees.ts';
import {
  BROWSER_HELPERS,
  frameStats,
  longestTask,
  memory,
  printProfile,
  signIn,
  TRACE_CATEGORIES,
  type ScrollRun,
} from './bench-table-page.ts';
import { longTasks, TASK_TRACE_CATEGORIES } from './bench-table-tasks.ts';

const argValue = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const SIZES = (argValue('entries') ?? '50000,200000').split(',').map(Number);
const ONLY = argValue('only');
// --save-trace <dir>: each load's Chromium trace as <dir>/<tree>-<entries>.json, for a closer look.
const SAVE_TRACE = argValue('save-trace');
// --before <commit>: another baseline than the usual one (say main's head, to compare a branch with it).
const BEFORE = argValue('before') ?? BASELINE_COMMIT;
const PROFILE = process.argv.includes('--profile');
// --tasks [ms]: every main-thread task over 30 ms (or ms) while loading, with what it was made of.
const TASKS = process.argv.includes('--tasks');
const TASK_MS = Number(argValue('tasks')) || 30;
const AUTH = demoAuthorization('lead');
const WS = '/organizations/1/workspaces/1';
// --port N: before on N, after on N + 1 (several people may bench on one machine at once).
const BASE_PORT = Number(argValue('port') ?? 4462);
const PORTS = { before: BASE_PORT, after: BASE_PORT + 1 } as const;

interface Range {
  entries: number;
  from: string;
  to: string;
}

/** `entries` entries in one week two years ago (slot picks which), where the recent demo data has none. */
async function arrange(apiUrl: string, entries: number, slot: number): Promise<Range> {
  const get = async (path: string) =>
    (await (await fetch(`${apiUrl}${path}`, { headers: { Authorization: AUTH } })).json()) as TasksPage;
  const tasks = (await get(`${WS}/tasks?per_page=30`)).data;
  const users = [1, 2, 4, 5, 6, 7, 8, 9, 10, 11];
  const start = new Date(Date.UTC(new Date().getUTCFullYear() - 2, 1 + slot * 3, 1, 6));
  const spacing = Math.floor((7 * 86_400_000) / entries);
  for (let batch = 0; batch * 1000 < entries; batch++) {
    const items = Array.from({ length: Math.min(1000, entries - batch * 1000) }, (_, j) => {
      const i = batch * 1000 + j;
      return {
        task_id: tasks[i % tasks.length]?.id,
        type: i % 11 === 0 ? 'break' : 'activity',
        start: new Date(start.getTime() + i * spacing).toISOString(),
        duration: 300 + (i % 13) * 240,
        user_id: users[i % users.length],
        ...(i % 3 === 0 ? { time_block_id: 10_000 + Math.floor(i / 3) } : {}),
      };
    });
    const res = await fetch(`${apiUrl}${WS}/time-entries/bulk`, {
      method: 'POST',
      headers: { Authorization: AUTH, 'Content-Type': 'application/json' },
      body: JSON.stringify(items),
    });
    if (res.status !== 204) throw new Error(`bulk create: ${res.status} ${await res.text()}`);
  }
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return { entries, from: day(start), to: day(new Date(start.getTime() + 8 * 86_400_000)) };
}

/**
 * The bytes of the answer to `url` as they cross the wire with the browser's Accept-Encoding, read raw (not
 * decoded). The browser reports its parser worker's request only now and then: its network events stop when the
 * worker is ended, which is as soon as the last row is in.
 */
function bytesOnTheWire(url: string, acceptEncoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers: { Authorization: AUTH, 'Accept-Encoding': acceptEncoding } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve(bytes));
      res.on('error', reject);
    }).on('error', reject);
  });
}

interface Figures {
  firstRowsMs: number;
  completeMs: number;
  longestTaskMs: number | null;
  longestTaskCpuMs: number | null;
  mainCpuMs: number | null;
  streamMB: number;
  heapMB: number;
  tabMB: number | null;
  scroll120: ReturnType<typeof frameStats>;
  scroll1200: ReturnType<typeof frameStats>;
  scrollCpuPerFrame: number | null;
  jumps: ReturnType<typeof frameStats>;
  maxRowsInDom: number;
}

type Bench = {
  firstRows: number;
  complete: number;
  expected: number;
  streamStart: number;
  streamMatch: string;
};

/** The browser's version, for the header: figures from different Chromium builds do not compare. */
let browserVersion = '';

async function measure(tree: Tree, url: string, range: Range): Promise<Figures> {
  const browser = await chromium.launch({
    headless: !process.argv.includes('--headed'),
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  browserVersion = browser.version();
  try {
    const context = await browser.newContext({
      baseURL: url,
      viewport: { width: 1440, height: 900 },
      timezoneId: 'Europe/Berlin',
      locale: 'en-GB',
    });
    const page = await context.newPage();
    await page.addInitScript({ content: BROWSER_HELPERS });
    await page.addInitScript(
      ({ n, match }) => {
        const bench = (window as unknown as { __bench: Bench }).__bench;
        bench.expected = n;
        bench.streamMatch = match;
      },
      // The page asks for the end of the last day in Berlin time, which is that same day in UTC.
      { n: range.entries, match: `date_to=${range.to}` },
    );
    const cdp = await context.newCDPSession(page);
    const profiling = PROFILE && tree.name === 'after';
    if (profiling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    // The stream the page asked for, to weigh it on the wire afterwards (see bytesOnTheWire).
    let streamUrl = '';
    let acceptEncoding = '';
    page.on('request', (request) => {
      if (!request.url().includes('/time-entries/stream') || !request.url().includes(`date_to=${range.to}`))
        return;
      streamUrl = request.url();
      void request.allHeaders().then((h) => (acceptEncoding = h['accept-encoding'] ?? ''));
    });
    await browser.startTracing(page, { categories: TASKS ? TASK_TRACE_CATEGORIES : TRACE_CATEGORIES });
    await signIn(page, `/?from=${range.from}&to=${range.to}&mode=all`);
    await page.waitForFunction(() => (window as unknown as { __bench: Bench }).__bench.complete > 0, null, {
      timeout: 300_000,
    });
    const trace = await browser.stopTracing();
    if (SAVE_TRACE) writeFileSync(join(SAVE_TRACE, `${tree.name}-${range.entries}.json`), trace);
    const profile = profiling ? (await cdp.send('Profiler.stop')).profile : undefined;
    if (profile) {
      console.log(`\n${tree.name}, ${range.entries} entries: sign-in to complete, self time`);
      printProfile(profile);
    }
    if (TASKS) {
      console.log(`\n${tree.name}, ${range.entries} entries: tasks over ${TASK_MS} ms while loading`);
      console.log(longTasks(trace, 'bench-stream-start', 'bench-complete', TASK_MS, profile).join('\n'));
    }
    const load = await page.evaluate(() => {
      const bench = (window as unknown as { __bench: Bench }).__bench;
      // Resource Timing's encoded body size: the bytes that came over the wire (compressed, when they were).
      const stream = performance
        .getEntriesByType('resource')
        .find((r) => r.name.includes('/time-entries/stream') && r.name.includes(bench.streamMatch)) as
        PerformanceResourceTiming | undefined;
      const start = stream?.startTime ?? bench.streamStart;
      return {
        firstRowsMs: Math.round(bench.firstRows - start),
        completeMs: Math.round(bench.complete - start),
        streamBytes: stream?.encodedBodySize ?? 0,
      };
    });
    const { streamBytes, ...timings } = load;
    const mem = await memory(browser, cdp);
    await page.waitForTimeout(1000);
    const run = (script: string) => page.evaluate(script) as Promise<ScrollRun>;
    const steady = await run('window.__bench.scrollSteadily(120, 300)');
    // The fast scroll's main-thread CPU per frame, from a trace of its own: the work each frame costs here,
    // which the frame times only show once it pushes a frame past 16.7 ms.
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.evaluate(() => performance.mark('bench-scroll-start'));
    const fast = await run('window.__bench.scrollSteadily(1200, 200)');
    await page.evaluate(() => performance.mark('bench-scroll-end'));
    const scrollCpu = longestTask(
      await browser.stopTracing(),
      'bench-scroll-start',
      'bench-scroll-end',
    ).totalCpu;
    const jumps = (await page.evaluate('window.__bench.scrollJumps(40)')) as number[];
    const longest = longestTask(trace, 'bench-stream-start', 'bench-complete');
    const wireBytes = streamUrl ? await bytesOnTheWire(streamUrl, acceptEncoding) : 0;
    return {
      ...timings,
      streamMB: +((wireBytes || streamBytes) / 1e6).toFixed(1),
      longestTaskMs: longest.wall,
      longestTaskCpuMs: longest.cpu,
      mainCpuMs: longest.totalCpu,
      ...mem,
      scroll120: frameStats(steady.deltas),
      scroll1200: frameStats(fast.deltas),
      scrollCpuPerFrame: scrollCpu === null ? null : +(scrollCpu / (fast.deltas.length + 1)).toFixed(1),
      jumps: frameStats(jumps),
      maxRowsInDom: Math.max(steady.maxRows, fast.maxRows),
    };
  } finally {
    await browser.close();
  }
}

async function main() {
  const trees = [baselineTree(BEFORE), currentTree()].filter((t) => !ONLY || t.name === ONLY);
  if (!process.argv.includes('--no-build')) for (const tree of trees) build(tree, tree.name === 'after');
  const results = new Map<string, Figures>();
  for (const tree of trees) {
    const server = await serve(tree, PORTS[tree.name]);
    try {
      for (const [slot, size] of SIZES.entries()) {
        const t0 = Date.now();
        const range = await arrange(server.apiUrl, size, slot);
        console.log(
          `${tree.name}: arranged ${size.toLocaleString('en-GB')} entries in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
        );
        results.set(`${tree.name}/${size}`, await measure(tree, server.url, range));
      }
    } finally {
      await server.stop();
    }
  }

  console.log(
    `\nbench:table — before = ${BEFORE} (its build and server), after = this checkout; Chromium ${browserVersion}; load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  for (const size of SIZES) {
    const b = results.get(`before/${size}`);
    const a = results.get(`after/${size}`);
    const v = <T>(f: Figures | undefined, pick: (f: Figures) => T) => (f ? pick(f) : null);
    printTable(`Whole range of ${size.toLocaleString('en-GB')} entries`, [
      ['stream request → first rows (ms)', v(b, (f) => f.firstRowsMs), v(a, (f) => f.firstRowsMs)],
      ['stream request → complete (ms)', v(b, (f) => f.completeMs), v(a, (f) => f.completeMs)],
      [
        'longest main-thread task while loading (ms)',
        v(b, (f) => f.longestTaskMs),
        v(a, (f) => f.longestTaskMs),
      ],
      [
        '  the longest task by its CPU time (ms)',
        v(b, (f) => f.longestTaskCpuMs),
        v(a, (f) => f.longestTaskCpuMs),
      ],
      ['main-thread CPU time while loading (ms)', v(b, (f) => f.mainCpuMs), v(a, (f) => f.mainCpuMs)],
      ['stream on the wire (MB)', v(b, (f) => f.streamMB), v(a, (f) => f.streamMB)],
      ['JS heap once loaded (MB)', v(b, (f) => f.heapMB), v(a, (f) => f.heapMB)],
      ['tab memory once loaded (MB, renderer private)', v(b, (f) => f.tabMB), v(a, (f) => f.tabMB)],
      ['scroll 120 px/frame: p95 frame (ms)', v(b, (f) => f.scroll120.p95), v(a, (f) => f.scroll120.p95)],
      [
        'scroll 120 px/frame: frames over 17 ms (%)',
        v(b, (f) => f.scroll120.latePct),
        v(a, (f) => f.scroll120.latePct),
      ],
      ['scroll 1,200 px/frame: p95 frame (ms)', v(b, (f) => f.scroll1200.p95), v(a, (f) => f.scroll1200.p95)],
      [
        'scroll 1,200 px/frame: frames over 17 ms (%)',
        v(b, (f) => f.scroll1200.latePct),
        v(a, (f) => f.scroll1200.latePct),
      ],
      [
        'scroll 1,200 px/frame: main-thread CPU a frame (ms)',
        v(b, (f) => f.scrollCpuPerFrame),
        v(a, (f) => f.scrollCpuPerFrame),
      ],
      [
        'scroll 1,200 px/frame: median frame (ms)',
        v(b, (f) => f.scroll1200.median),
        v(a, (f) => f.scroll1200.median),
      ],
      ['random jumps: p95 (ms)', v(b, (f) => f.jumps.p95), v(a, (f) => f.jumps.p95)],
      ['random jumps: median (ms)', v(b, (f) => f.jumps.median), v(a, (f) => f.jumps.median)],
      ['rows in the DOM (most while scrolling)', v(b, (f) => f.maxRowsInDom), v(a, (f) => f.maxRowsInDom)],
    ]);
  }
  const after = (size: number) => results.get(`after/${size}`);
  const checks: [string, number | null | undefined, number][] = [
    ['50k: first rows ≤ 300 ms', after(50_000)?.firstRowsMs, 300],
    ['50k: complete ≤ 1,000 ms', after(50_000)?.completeMs, 1000],
    ['200k: first rows ≤ 300 ms', after(200_000)?.firstRowsMs, 300],
    ['200k: complete ≤ 4,000 ms', after(200_000)?.completeMs, 4000],
    ['no main-thread task over 50 ms while loading 50k', after(50_000)?.longestTaskMs, 50],
    ['no main-thread task over 50 ms while loading 200k', after(200_000)?.longestTaskMs, 50],
    ['50k: scroll p95 ≤ 17 ms at 1,200 px/frame', after(50_000)?.scroll1200.p95, 17],
    ['200k: scroll p95 ≤ 17 ms at 1,200 px/frame', after(200_000)?.scroll1200.p95, 17],
    ['200k: tab memory ≤ 400 MB', after(200_000)?.tabMB, 400],
  ];
  console.log('\nTargets (after)');
  for (const [what, value, limit] of checks) {
    const state =
      value === null || value === undefined ? 'not measured' : value <= limit ? 'met    ' : 'NOT met';
    console.log(`  ${state}  ${what}: ${value ?? '–'}`);
  }
}

await main();
