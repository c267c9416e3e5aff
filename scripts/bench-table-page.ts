// The in-page half of `bench:table`: helpers the page runs, and readings taken through the DevTools
// protocol (a main-thread trace, the heap, the renderer's memory).
import type { Browser, CDPSession, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DEMO_ACCOUNTS } from '../server/demo/accounts.ts';

// Plain JavaScript: tsx would add helpers to TypeScript functions that the page lacks.
export const BROWSER_HELPERS = `
(() => {
  const bench = (window.__bench = { firstRows: 0, complete: 0, expected: 0, streamStart: 0, streamMatch: '' });
  // The whole-range request (not the badge's stream of the last 30 days: its URL has the range's
  // date_to) leaves a mark the trace can be cut at, whether the page or the parser worker sends it.
  const realFetch = window.fetch;
  window.fetch = function (input, init) {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!bench.streamStart && url.includes('/time-entries/stream') && url.includes(bench.streamMatch)) {
      bench.streamStart = performance.now();
      performance.mark('bench-stream-start');
    }
    return realFetch.call(this, input, init);
  };
  // Since the parser worker sends the request itself, the page asks it to with a message.
  const realPost = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, transfer) {
    const url = message && message.type === 'fetch' ? message.request.url : '';
    if (!bench.streamStart && url.includes('/time-entries/stream') && url.includes(bench.streamMatch)) {
      bench.streamStart = performance.now();
      performance.mark('bench-stream-start');
    }
    return realPost.call(this, message, transfer);
  };
  // First rows on screen, then every expected row in the table (aria-rowcount counts the header too).
  const check = () => {
    const grid = document.querySelector('[role=grid]');
    if (!grid || !bench.streamStart) return;
    if (!bench.firstRows && grid.querySelector('tr[data-entry-id]')) {
      bench.firstRows = -1;
      requestAnimationFrame(() => {
        bench.firstRows = performance.now();
        performance.mark('bench-first-rows');
      });
    }
    if (!bench.complete && bench.expected && Number(grid.getAttribute('aria-rowcount')) === bench.expected + 1
        && !document.querySelector('[data-range-loading]')) {
      bench.complete = -1;
      requestAnimationFrame(() => {
        bench.complete = performance.now();
        performance.mark('bench-complete');
        // Measured: stop recording DOM changes, or the scrolling below pays for the bench's own records.
        observer.disconnect();
      });
    }
  };
  const observer = new MutationObserver(check);
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

  // Jumps to random places; for each jump, the time until rows are painted in view there.
  const scrollJumps = async (count) => {
    const el = document.querySelector('.dt-scroll');
    const times = [];
    for (let i = 0; i < count; i++) {
      const target = Math.floor(Math.random() * (el.scrollHeight - el.clientHeight));
      const t0 = performance.now();
      el.scrollTop = target;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const box = el.getBoundingClientRect();
      const inView = [...el.querySelectorAll('tr[data-entry-id]')].some((row) => {
        const r = row.getBoundingClientRect();
        return r.bottom > box.top + 40 && r.top < box.bottom;
      });
      if (!inView) throw new Error('no rows in view after a jump to ' + target);
      times.push(performance.now() - t0);
    }
    return times;
  };
  bench.scrollSteadily = scrollSteadily;
  bench.scrollJumps = scrollJumps;
})();
`;

export interface ScrollRun {
  deltas: number[];
  maxRows: number;
}

export const frameStats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
  // At 60 Hz a frame takes 16.7 ms or a whole multiple of it, so the p95 jumps from 16.7 to 33.3 once 1 frame
  // in 20 is late; the share of late frames moves smoothly.
  const late = s.length ? (100 * s.filter((x) => x > 17).length) / s.length : 0;
  return {
    median: +q(0.5).toFixed(1),
    p95: +q(0.95).toFixed(1),
    max: +(s.at(-1) ?? 0).toFixed(1),
    latePct: +late.toFixed(1),
  };
};

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's CPU time in the event, µs (where the trace records it). */
  tdur?: number;
  pid: number;
  tid: number;
}

// What a scheduler task is called in the trace, by Chromium version.
export const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/**
 * The longest main-thread task between the two marks, in ms, from a Chromium trace: by the clock
 * (`wall`), and by the thread's own CPU time (`cpu`), which leaves out the time the thread waited for
 * a core — on a busy shared machine the figure that compares across runs; and the CPU time of every
 * task in between (`totalCpu`).
 */
export function longestTask(
  trace: Buffer,
  from: string,
  to: string,
): { wall: number | null; cpu: number | null; totalCpu: number | null } {
  const parsed = JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const start = events.find((e) => e.name === from);
  const end = events.find((e) => e.name === to);
  if (!start || !end) return { wall: null, cpu: null, totalCpu: null };
  let wall = 0;
  let cpu: number | null = null;
  // All the main thread's CPU time in tasks between the marks: a shared machine stretches a task's wall
  // time, not the work in it. A task inside another (a nested run loop) is counted once, in its parent.
  let total: number | null = null;
  let covered = -1;
  const tasks = events
    .filter((e) => e.ph === 'X' && TASK_NAMES.has(e.name) && e.pid === start.pid && e.tid === start.tid)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  for (const e of tasks) {
    const finish = e.ts + (e.dur ?? 0);
    if (finish < start.ts || e.ts > end.ts) continue;
    wall = Math.max(wall, (e.dur ?? 0) / 1000);
    if (e.tdur !== undefined) cpu = Math.max(cpu ?? 0, e.tdur / 1000);
    if (e.ts >= covered && e.tdur !== undefined) total = (total ?? 0) + e.tdur / 1000;
    covered = Math.max(covered, finish);
  }
  const round = (x: number | null) => (x === null ? null : +x.toFixed(1));
  return { wall: +wall.toFixed(1), cpu: round(cpu), totalCpu: total === null ? null : Math.round(total) };
}

export const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing'];

/** Page JS heap after a collection, and the largest renderer's private memory (the tab), in MB. */
export async function memory(
  browser: Browser,
  cdp: CDPSession,
): Promise<{ heapMB: number; tabMB: number | null }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  let tab: number | null = null;
  try {
    const session = await browser.newBrowserCDPSession();
    const info = (await session.send('SystemInfo.getProcessInfo')) as {
      processInfo: { type: string; id: number }[];
    };
    for (const p of info.processInfo.filter((x) => x.type === 'renderer')) {
      const rollup = readFileSync(`/proc/${p.id}/smaps_rollup`, 'utf8');
      const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(rollup)?.[1] ?? 0);
      tab = Math.max(tab ?? 0, (kb('Private_Clean') + kb('Private_Dirty')) / 1024);
    }
    await session.detach();
  } catch {
    // No /proc (not Linux) or no process info: the heap figure stands alone.
  }
  return { heapMB: Math.round(heap.usedSize / 2 ** 20), tabMB: tab === null ? null : Math.round(tab) };
}

export async function signIn(page: Page, path: string) {
  await page.goto(path);
  await page.getByLabel('Email').fill(DEMO_ACCOUNTS.lead.email);
  await page.getByLabel('Password').fill(DEMO_ACCOUNTS.lead.password);
  await page.getByLabel('Organization ID').fill('1');
  await page.getByLabel('Workspace ID').fill('1');
  // The first waitForFunction in a page compiles Playwright's injected script in the page's own world,
  // about 40 ms on the main thread: done here, it is not counted as a task of the load it waits for.
  await page.waitForFunction(() => true);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The functions that took the most time themselves in a CPU profile. */
export function printProfile(profile: {
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
