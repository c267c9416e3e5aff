// bench:table --tasks: the main-thread tasks of a range's load, each with what it was made of (from a
// Chromium trace and, with --profile, the CPU profile of the same run).
import { TASK_NAMES, TRACE_CATEGORIES, type TraceEvent } from './bench-table-page.ts';

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
 * events inside it (down to 2 ms, each with its CPU time where the trace has it), and with a CPU profile of the same run, the functions that took
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
            `${'  '.repeat(depth + 2)}${((child.dur ?? 0) / 1000).toFixed(1).padStart(6)}${child.tdur === undefined ? '' : ` (CPU ${(child.tdur / 1000).toFixed(1)})`}  ${label}`,
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
