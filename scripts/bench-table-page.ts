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
  // date_to) leaves a mark the trace can be cut at.
  const realFetch = window.fetch;
  window.fetch = function (input, init) {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!bench.streamStart && url.includes('/time-entries/stream') && url.includes(bench.streamMatch)) {
      bench.streamStart = performance.now();
      performance.mark('bench-stream-start');
    }
    return realFetch.call(this, input, init);
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
      });
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });

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
  return { median: +q(0.5).toFixed(1), p95: +q(0.95).toFixed(1), max: +(s.at(-1) ?? 0).toFixed(1) };
};

interface TraceEvent {
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
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/**
 * The longest main-thread task between the two marks, in ms, from a Chromium trace: by the clock
 * (`wall`), and by the thread's own CPU time (`cpu`), which leaves out the time the thread waited for
 * a core — on a busy shared machine the one figure that compares across runs.
 */
export function longestTask(
  trace: Buffer,
  from: string,
  to: string,
): { wall: number | null; cpu: number | null } {
  const parsed = JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const start = events.find((e) => e.name === from);
  const end = events.find((e) => e.name === to);
  if (!start || !end) return { wall: null, cpu: null };
  let wall = 0;
  let cpu: number | null = null;
  for (const e of events) {
    if (e.ph !== 'X' || !TASK_NAMES.has(e.name) || e.pid !== start.pid || e.tid !== start.tid) continue;
    const finish = e.ts + (e.dur ?? 0);
    if (finish < start.ts || e.ts > end.ts) continue;
    wall = Math.max(wall, (e.dur ?? 0) / 1000);
    if (e.tdur !== undefined) cpu = Math.max(cpu ?? 0, e.tdur / 1000);
  }
  return { wall: +wall.toFixed(1), cpu: cpu === null ? null : +cpu.toFixed(1) };
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

interface TaskEvent extends TraceEvent {
  args?: { data?: { functionName?: string; url?: string; lineNumber?: number; type?: string } };
}

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** A trace event's name with what it ran: `FunctionCall onMessage api-….js:12`, `EventDispatch message`. */
function eventLabel(e: TaskEvent): string {
  const d = e.args?.data;
  if (!d) return e.name;
  if (d.functionName !== undefined || d.url) {
    return `${e.name} ${d.functionName || '(anonymous)'} ${d.url?.split('/').pop() ?? ''}:${d.lineNumber ?? 0}`;
  }
  return d.type ? `${e.name} ${d.type}` : e.name;
}

const frameLabel = (f: CpuProfile['nodes'][number]['callFrame'] | undefined) =>
  `${f?.functionName || '(anonymous)'} ${f?.url.split('/').pop() ?? ''}:${f?.lineNumber ?? 0}`;

/** Self time per function in a CPU profile between two trace timestamps (µs, the same clock). */
function selfTimeBetween(profile: CpuProfile, from: number, to: number): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let t = profile.startTime;
  (profile.samples ?? []).forEach((id, i) => {
    const delta = profile.timeDeltas?.[i] ?? 0;
    t += delta;
    if (t < from || t > to) return;
    const key = frameLabel(byId.get(id)?.callFrame);
    self.set(key, (self.get(key) ?? 0) + delta / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]);
}

/**
 * Every main-thread task over `overMs` between the marks, each with what it was made of: the trace
 * events inside it (down to 2 ms), and with a CPU profile of the same run, the functions that took
 * the most time in it themselves. Needs the trace categories of TASK_TRACE_CATEGORIES.
 */
export function longTasks(
  trace: Buffer,
  from: string,
  to: string,
  overMs: number,
  profile?: CpuProfile,
): string[] {
  const parsed = JSON.parse(trace.toString()) as { traceEvents: TaskEvent[] } | TaskEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const start = events.find((e) => e.name === from);
  const end = events.find((e) => e.name === to);
  if (!start || !end) return [];
  const thread = events
    .filter((e) => e.ph === 'X' && e.pid === start.pid && e.tid === start.tid)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const stopOf = (e: TaskEvent) => e.ts + (e.dur ?? 0);
  /** The events directly inside `outer` (not inside another event inside it). */
  const inside = (outer: TaskEvent, list: TaskEvent[]) => {
    const direct: TaskEvent[] = [];
    let reach = -1;
    // Sorted by start, then longest first: what is inside comes after its parent in the list.
    for (let i = list.indexOf(outer) + 1; i < list.length; i++) {
      const e = list[i] as TaskEvent;
      if (e.ts >= stopOf(outer)) break;
      if (e.ts < reach) continue;
      direct.push(e);
      reach = stopOf(e);
    }
    return direct;
  };
  const lines: string[] = [];
  const firstRows = events.find((e) => e.name === 'bench-first-rows');
  if (firstRows) lines.push(`first rows on screen at +${((firstRows.ts - start.ts) / 1000).toFixed(0)} ms`);
  let covered = -1;
  for (const task of thread) {
    if (!TASK_NAMES.has(task.name) || task.ts < covered) continue;
    covered = stopOf(task);
    if ((task.dur ?? 0) / 1000 <= overMs || stopOf(task) < start.ts || task.ts > end.ts) continue;
    const cpu = task.tdur === undefined ? '' : ` (CPU ${(task.tdur / 1000).toFixed(1)} ms)`;
    lines.push(
      `task at +${((task.ts - start.ts) / 1000).toFixed(0)} ms: ${((task.dur ?? 0) / 1000).toFixed(1)} ms${cpu}`,
    );
    const within = thread.filter((e) => e.ts >= task.ts && e.ts < stopOf(task));
    const walk = (outer: TaskEvent, depth: number) => {
      for (const child of inside(outer, within)) {
        if ((child.dur ?? 0) < 2000) continue;
        const label = eventLabel(child);
        const skip = TASK_NAMES.has(child.name) || label === 'v8.callFunction';
        if (!skip)
          lines.push(
            `${'  '.repeat(depth + 2)}${((child.dur ?? 0) / 1000).toFixed(1).padStart(6)}  ${label}`,
          );
        if (depth < 6) walk(child, skip ? depth : depth + 1);
      }
    };
    walk(task, 0);
    if (profile) {
      const top = selfTimeBetween(profile, task.ts, stopOf(task)).slice(0, 8);
      for (const [name, ms] of top) lines.push(`      self ${ms.toFixed(1).padStart(5)}  ${name}`);
    }
  }
  return lines;
}

/** What longTasks needs on top of TRACE_CATEGORIES: function calls, events, GC, layout and paint. */
export const TASK_TRACE_CATEGORIES = [
  ...TRACE_CATEGORIES,
  'devtools.timeline',
  'v8',
  'disabled-by-default-devtools.timeline',
];
