// Benchmarks the whole-range table: 50,000 entries through the stream endpoint, rendered virtualised.
// Usage: npx vite build && npx tsx scripts/bench-table.ts [--entries 50000] [--headed] [--dist dir] [--profile]
// Measures (in the browser, on a throwaway server and database):
//   - data arrived → first rows on screen (stream response end to the first painted frame with rows),
//   - scroll frame times while scrolling steadily and while jumping around,
//   - how many rows are in the DOM at any time.
import { chromium, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TasksPage } from '../contract/index.ts';
import { createAppServer } from '../server/app.ts';
import { DEMO_ACCOUNTS, demoAuthorization } from '../server/demo/accounts.ts';
import { ensureDemoData } from '../server/demo/startup.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ENTRIES = arg('entries', 50_000);
const PROFILE = process.argv.includes('--profile');
const AUTH = demoAuthorization('lead');
const WS = '/organizations/1/workspaces/1';

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
  return {
    frames: s.length,
    median: +q(0.5).toFixed(1),
    p95: +q(0.95).toFixed(1),
    max: +(s.at(-1) ?? 0).toFixed(1),
    over16ms: s.filter((x) => x > 16.8).length,
    over33ms: s.filter((x) => x > 33.4).length,
  };
};

async function arrange(apiUrl: string): Promise<{ from: string; to: string }> {
  const get = async (path: string) =>
    (await (await fetch(`${apiUrl}${path}`, { headers: { Authorization: AUTH } })).json()) as TasksPage;
  const tasks = (await get(`${WS}/tasks?per_page=30`)).data;
  const users = [1, 2, 4, 5, 6, 7, 8, 9, 10, 11];
  // A week, a year and a half ago: nothing of the demo data is there.
  const start = new Date(Date.UTC(new Date().getUTCFullYear() - 2, 5, 1, 6));
  const spacing = Math.floor((7 * 86_400_000) / ENTRIES);
  for (let batch = 0; batch * 1000 < ENTRIES; batch++) {
    const items = Array.from({ length: Math.min(1000, ENTRIES - batch * 1000) }, (_, j) => {
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
  return { from: day(start), to: day(new Date(start.getTime() + 8 * 86_400_000)) };
}

async function signIn(page: Page, path: string) {
  await page.goto(path);
  await page.getByLabel('Email').fill(DEMO_ACCOUNTS.lead.email);
  await page.getByLabel('Password').fill(DEMO_ACCOUNTS.lead.password);
  await page.getByLabel('Organization ID').fill('1');
  await page.getByLabel('Workspace ID').fill('1');
  await page.getByRole('button', { name: 'Sign in' }).click();
}

// Browser-side code as plain JavaScript: tsx would add helpers to TypeScript functions that the page lacks.
const BROWSER_HELPERS = `
(() => {
  // Notes when the first rows of a full whole-range table reach the screen.
  const observer = new MutationObserver(() => {
    const grid = document.querySelector('[role=grid]');
    if (Number(grid?.getAttribute('aria-rowcount')) > 1000 && grid.querySelector('tr[data-entry-id]')) {
      observer.disconnect();
      requestAnimationFrame(() => (window.__firstRows = performance.now()));
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });

  // Scrolls the table px per frame for a number of frames; returns each frame's duration.
  const scrollSteadily = (px, frames) => {
    const el = document.querySelector('.dt-scroll');
    return new Promise((resolve) => {
      const deltas = [];
      let maxRows = 0;
      let last = performance.now();
      const step = (t) => {
        deltas.push(t - last);
        last = t;
        maxRows = Math.max(maxRows, el.querySelectorAll('tr[data-entry-id]').length);
        if (deltas.length >= frames) return resolve({ deltas: deltas.slice(1), maxRows });
        el.scrollTop += px;
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
  };

  // Jumps to random places; for each jump, the time until the rows there are on screen.
  const scrollJumps = async (count) => {
    const el = document.querySelector('.dt-scroll');
    const times = [];
    for (let i = 0; i < count; i++) {
      const target = Math.floor(Math.random() * (el.scrollHeight - el.clientHeight));
      const t0 = performance.now();
      el.scrollTop = target;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const index = Math.floor((target - 38) / 40) + 3;
      if (!el.querySelector('tr[data-index="' + index + '"]')) throw new Error('row ' + index + ' missing after a jump');
      times.push(performance.now() - t0);
    }
    return times;
  };
  window.__bench = { scrollSteadily, scrollJumps };
})();
`;

/** The dashboard and the API on a throwaway database, as `server/main.ts` serves them (`--dist` picks the build). */
async function startServer() {
  const dir = mkdtempSync(join(tmpdir(), 'focus-bench-'));
  const dbPath = join(dir, 'focus.db');
  await ensureDemoData(dbPath);
  const distArg = process.argv.indexOf('--dist');
  const staticDir = resolve(distArg > 0 ? (process.argv[distArg + 1] as string) : 'dist');
  if (!existsSync(join(staticDir, 'index.html')))
    throw new Error(`No build in ${staticDir}: run npx vite build`);
  const app = createAppServer({
    dbPath,
    staticDir,
    upstreamUrl: undefined,
    quotaPerHour: undefined,
    log: false,
  });
  await new Promise<void>((ok) => app.server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    url,
    apiUrl: `${url}/api`,
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => p && existsSync(p),
);

/** The functions that took the most time themselves during the profiled scroll. */
function printProfile(profile: {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const f = byId.get(id)?.callFrame;
    const key = `${f?.functionName || '(anonymous)'} ${f?.url.split('/').pop() ?? ''}:${f?.lineNumber ?? 0}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(top.map(([k, ms]) => `${ms.toFixed(0).padStart(6)} ms  ${k}`).join('\n'));
}

async function main() {
  const server = await startServer();
  try {
    const t0 = Date.now();
    const { from, to } = await arrange(server.apiUrl);
    console.log(
      `Arranged ${ENTRIES.toLocaleString('en-GB')} entries in ${((Date.now() - t0) / 1000).toFixed(1)} s.`,
    );
    const browser = await chromium.launch({
      headless: !process.argv.includes('--headed'),
      ...(executablePath ? { executablePath } : {}),
      args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
    });
    const context = await browser.newContext({
      baseURL: server.url,
      viewport: { width: 1440, height: 900 },
      timezoneId: 'Europe/Berlin',
      locale: 'en-GB',
    });
    const page = await context.newPage();
    await page.addInitScript({ content: BROWSER_HELPERS });
    const cdp = await context.newCDPSession(page);
    if (PROFILE) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    await signIn(page, `/?from=${from}&to=${to}&mode=all`);
    await page.waitForFunction(() => (window as unknown as { __firstRows?: number }).__firstRows, null, {
      timeout: 180_000,
    });
    if (PROFILE) {
      console.log('Loading (sign-in to first rows), self time:');
      printProfile((await cdp.send('Profiler.stop')).profile);
    }
    const firstRender = await page.evaluate(() => {
      const stream = performance
        .getEntriesByType('resource')
        .find((r) => r.name.includes('/time-entries/stream')) as PerformanceResourceTiming;
      const shown = (window as unknown as { __firstRows: number }).__firstRows;
      return {
        streamMs: Math.round(stream.responseEnd - stream.requestStart),
        streamBytes: stream.encodedBodySize,
        dataToRowsMs: Math.round(shown - stream.responseEnd),
        rowsInDom: document.querySelectorAll('tr[data-entry-id]').length,
      };
    });
    await page.waitForTimeout(1500);
    type Run = { deltas: number[]; maxRows: number };
    if (PROFILE) await cdp.send('Profiler.start');
    await cdp.send('Performance.enable');
    const metrics = async () =>
      new Map((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value] as const));
    const before = await metrics();
    const steady = (await page.evaluate('window.__bench.scrollSteadily(120, 300)')) as Run;
    const after = await metrics();
    if (PROFILE) {
      console.log('Scrolling 120 px a frame, self time:');
      printProfile((await cdp.send('Profiler.stop')).profile);
    }
    // Main-thread time per scrolled frame, by kind (Chrome's own counters).
    const perFrame = (name: string) =>
      +((((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000) / steady.deltas.length).toFixed(2);
    const mainThread = {
      scriptMs: perFrame('ScriptDuration'),
      layoutMs: perFrame('LayoutDuration'),
      styleMs: perFrame('RecalcStyleDuration'),
      taskMs: perFrame('TaskDuration'),
    };
    const fast = (await page.evaluate('window.__bench.scrollSteadily(1200, 200)')) as Run;
    const jumps = (await page.evaluate('window.__bench.scrollJumps(40)')) as number[];
    const result = {
      entries: ENTRIES,
      loadAverage: loadavg().map((l) => +l.toFixed(1)),
      firstRender,
      scroll120pxPerFrame: {
        ...stats(steady.deltas),
        maxRowsInDom: steady.maxRows,
        mainThreadPerFrame: mainThread,
      },
      scroll1200pxPerFrame: { ...stats(fast.deltas), maxRowsInDom: fast.maxRows },
      randomJumps: stats(jumps),
    };
    console.log(JSON.stringify(result, null, 2));
    await browser.close();
  } finally {
    await server.close();
  }
}

await main();
