/**
 * npm run bench:attention — "Needs attention" detection on 50,000 and 200,000 entries shaped like a team's
 * working days (with a sprinkling of every kind of problem), as the stream endpoint hands them to the page.
 * Prints, per size, the median of several runs of: packing into columns (main thread), detection (the worker's
 * part) and both together. Targets: 150 ms for 50,000 and 600 ms for 200,000 entries, on a shared 2-core machine.
 * Usage: npx tsx scripts/bench-attention.ts [--runs 7] [--sizes 50000,200000]
 */
import { cpus, loadavg } from 'node:os';
import type { TimeEntryWithTask } from '../contract/index.ts';
import { detectProblems } from '../src/features/attention/detect/detect.ts';
import { PACK_SLICE } from '../src/features/attention/detect-client.ts';
import { allocatePacked, packInto } from '../src/features/attention/detect/packed.ts';
import { DEFAULT_THRESHOLDS } from '../src/features/attention/detect/thresholds.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(arg('runs') ?? 7);
const SIZES = (arg('sizes') ?? '50000,200000').split(',').map(Number);
const TARGET_MS: Record<number, number> = { 50_000: 150, 200_000: 600 };
const MINUTE = 60_000;
const DAY = 86_400_000;
const NOW = Date.parse('2026-08-20T15:00:00Z');

/** mulberry32: the same entries on every run. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About 22 entries a working day per person for as many people as it takes, newest day yesterday. */
function teamEntries(count: number): TimeEntryWithTask[] {
  const rnd = random(count);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  const people = Math.max(10, Math.round(count / 2000));
  const tasks = Array.from({ length: 60 }, (_, i) => ({
    id: i + 1,
    name: `Task ${i + 1}`,
    color: '#3366cc',
    project: { id: (i % 8) + 1, name: `Project ${(i % 8) + 1}`, client: { id: 1, name: 'Client' } },
    tags: [{ id: 1, name: 'tag' }],
  }));
  const out: TimeEntryWithTask[] = [];
  const iso = (ms: number) => new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
  let id = 1;
  for (let day = 1; out.length < count; day++) {
    const date = Math.floor(NOW / DAY) * DAY - day * DAY;
    const weekday = new Date(date).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    for (let p = 1; p <= people && out.length < count; p++) {
      // A few people work the odd weekend day.
      if (weekend && (p + day) % 40 !== 0) continue;
      let t = date + (7 * 60 + Math.floor(rnd() * 90)) * MINUTE;
      const end = date + 17 * 60 * MINUTE;
      while (t < end && out.length < count) {
        const task = pick(tasks);
        const isBreak = rnd() < 0.08;
        let duration = pick([10, 15, 20, 25, 30, 45, 60]) * 60;
        const roll = rnd();
        // About one entry in a hundred has something wrong with it.
        if (roll < 0.002) duration = 0;
        else if (roll < 0.004) duration = 12 * 3600;
        const created = iso(t + duration * 1000);
        const entry: TimeEntryWithTask = {
          id: id++,
          workspace_id: 1,
          toggl_user_id: p,
          task_id: task.id,
          type: isBreak ? 'break' : 'activity',
          start: iso(t),
          duration,
          time_block_id: rnd() < 0.4 ? id : null,
          created_at: created,
          updated_at: created,
          task,
        };
        out.push(entry);
        if (roll >= 0.004 && roll < 0.007) out.push({ ...entry, id: id++ });
        if (roll >= 0.007 && roll < 0.01) t -= 10 * MINUTE;
        // Rarer: a timer left running (it overlaps all its person does next) and a date typed a week ahead.
        if (roll >= 0.01 && roll < 0.0101) out.push({ ...entry, id: id++, duration: null });
        if (roll >= 0.0101 && roll < 0.0102) out.push({ ...entry, id: id++, start: iso(t + 7 * DAY) });
        t += duration * 1000 + pick([0, 0, 5, 10]) * MINUTE;
      }
    }
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const ms = (x: number) => `${x.toFixed(1)} ms`;

const cpu = cpus();
console.log(
  `bench:attention on ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ` +
    `load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (shared machine: compare figures within one run)`,
);
const options = {
  now: NOW,
  timeZone: 'Europe/Berlin',
  // Every check on, the opt-in ones included: the slowest case.
  thresholds: { ...DEFAULT_THRESHOLDS, breaks: true, weekends: true },
};
for (const size of SIZES) {
  const entries = teamEntries(size);
  const pack: number[] = [];
  const slice: number[] = [];
  const detect: number[] = [];
  let summary = '';
  for (let run = -2; run < RUNS; run++) {
    // The page packs slice by slice, yielding in between; the longest slice is what holds the main thread.
    const t0 = performance.now();
    const packed = allocatePacked(entries.length);
    let longest = 0;
    for (let from = 0; from < entries.length; from += PACK_SLICE) {
      const s0 = performance.now();
      packInto(packed, entries, from, Math.min(entries.length, from + PACK_SLICE));
      longest = Math.max(longest, performance.now() - s0);
    }
    const t1 = performance.now();
    const findings = detectProblems(packed, options);
    const t2 = performance.now();
    // The first two runs warm the JIT up and are not counted.
    if (run < 0) continue;
    pack.push(t1 - t0);
    slice.push(longest);
    detect.push(t2 - t1);
    summary = Object.entries(findings)
      .map(([k, v]) => `${k} ${(v as unknown[]).length}`)
      .join(', ');
  }
  const total = pack.map((p, i) => p + (detect[i] ?? 0));
  const target = TARGET_MS[size];
  console.log(
    `${size.toLocaleString('en-GB')} entries (medians of ${RUNS} runs): pack ${ms(median(pack))} on the main ` +
      `thread (longest slice ${ms(median(slice))}), detect ${ms(median(detect))} in the worker; both ` +
      `${ms(median(total))} [${ms(Math.min(...total))}–${ms(Math.max(...total))}]` +
      (target ? `, target ≤ ${target} ms: ${median(total) <= target ? 'met' : 'NOT met'}` : ''),
  );
  console.log(`  found: ${summary}`);
}
