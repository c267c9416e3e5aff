import { localClock } from './local-clock.ts';
import type { PackedEntries } from './packed.ts';
import type { Thresholds } from './thresholds.ts';

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** The earlier entry starts first; `overlap` is how long both run at once, in ms. */
export interface OverlapPair {
  earlier: number;
  later: number;
  overlap: number;
}

/** Entry ids per problem; an entry may be in several groups. */
export interface Findings {
  /** Each entry that overlaps an earlier one, paired with the earlier one it overlaps most. */
  overlaps: OverlapPair[];
  /** Sets of entries that look like one entry written twice or more, each set in start order. */
  duplicates: number[][];
  running: number[];
  long: number[];
  future: number[];
  zero: number[];
  breaks: number[];
  weekends: number[];
}

export interface DetectOptions {
  now: number;
  timeZone: string;
  thresholds: Thresholds;
}

/**
 * Finds every kind of problem in one pass per person over entries sorted by start: n log n for the sort,
 * then linear (the duplicate look-back only spans entries that start within the same minute).
 */
export function detectProblems(p: PackedEntries, options: DetectOptions): Findings {
  const { now, thresholds: t } = options;
  const findings: Findings = {
    overlaps: [],
    duplicates: [],
    running: [],
    long: [],
    future: [],
    zero: [],
    breaks: [],
    weekends: [],
  };
  const clock = t.weekends ? localClock(options.timeZone) : null;
  const end = new Float64Array(p.length);
  const timed: number[] = [];
  for (let i = 0; i < p.length; i++) {
    const start = p.start[i] as number;
    const duration = p.duration[i] as number;
    const id = p.id[i] as number;
    const running = Number.isNaN(duration);
    if (duration === 0) findings.zero.push(id);
    if (!running && duration * 1000 > t.longHours * HOUR) findings.long.push(id);
    if (Number.isNaN(start)) continue;
    timed.push(i);
    end[i] = running ? Math.max(now, start) : start + duration * 1000;
    if (running && now - start > t.runningHours * HOUR) findings.running.push(id);
    if (start > now) findings.future.push(id);
    const isBreak = p.isBreak[i] === 1;
    if (t.breaks && isBreak && (end[i] as number) - start > t.breakHours * HOUR) findings.breaks.push(id);
    if (clock && !isBreak) {
      const day = clock.weekday(start);
      if (day === 0 || day === 6) findings.weekends.push(id);
    }
  }

  // A plain array sorts faster than a typed one with a comparator in V8.
  timed.sort(
    (a, b) =>
      (p.user[a] as number) - (p.user[b] as number) ||
      (p.start[a] as number) - (p.start[b] as number) ||
      (end[a] as number) - (end[b] as number) ||
      (p.id[a] as number) - (p.id[b] as number),
  );

  const order = Uint32Array.from(timed);
  let from = 0;
  while (from < order.length) {
    const user = p.user[order[from] as number];
    let to = from + 1;
    while (to < order.length && p.user[order[to] as number] === user) to++;
    sweepPerson(p, end, order.subarray(from, to), findings);
    from = to;
  }
  return findings;
}

/** Both running, or both finished with durations at most a minute apart. */
function sameLength(a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  return Math.abs(a - b) <= 60;
}

function sameTask(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

/** One person's entries in start order: duplicates first, then overlaps among what would be left. */
function sweepPerson(p: PackedEntries, end: Float64Array, order: Uint32Array, findings: Findings) {
  // The set each entry belongs to, as the position of the set's first entry; -1 for none.
  const setOf = new Int32Array(order.length).fill(-1);
  const sets = new Map<number, number[]>();
  for (let j = 1; j < order.length; j++) {
    const b = order[j] as number;
    for (let k = j - 1; k >= 0; k--) {
      const a = order[k] as number;
      if ((p.start[b] as number) - (p.start[a] as number) > MINUTE) break;
      if (
        sameTask(p.task[a] as number, p.task[b] as number) &&
        p.isBreak[a] === p.isBreak[b] &&
        sameLength(p.duration[a] as number, p.duration[b] as number)
      ) {
        const root = setOf[k] === -1 ? k : (setOf[k] as number);
        setOf[k] = root;
        setOf[j] = root;
        let members = sets.get(root);
        if (!members) sets.set(root, (members = [p.id[a] as number]));
        members.push(p.id[b] as number);
        break;
      }
    }
  }
  for (const members of sets.values()) findings.duplicates.push(members);

  // The entry reaching furthest so far overlaps a new one at least as much as any earlier entry does.
  let reach = -Infinity;
  let reacher = -1;
  for (let j = 0; j < order.length; j++) {
    // A copy of an earlier entry is reported as a duplicate, not again as an overlap.
    if (setOf[j] !== -1 && setOf[j] !== j) continue;
    const b = order[j] as number;
    const start = p.start[b] as number;
    const stop = end[b] as number;
    if (reacher !== -1) {
      const overlap = Math.min(stop, reach) - start;
      if (overlap > MINUTE) {
        findings.overlaps.push({ earlier: p.id[reacher] as number, later: p.id[b] as number, overlap });
      }
    }
    if (stop > reach) {
      reach = stop;
      reacher = b;
    }
  }
}
