import type { TimeEntry } from '../../../../contract/index.ts';

/** The fields detection reads. */
export type DetectableEntry = Pick<
  TimeEntry,
  'id' | 'toggl_user_id' | 'task_id' | 'type' | 'start' | 'duration'
>;

/**
 * Entries as columns of numbers: they cross to a worker without copying (the buffers are transferred) and
 * a sweep over them touches no strings. NaN stands for a missing value (no task, no start, running).
 */
export interface PackedEntries {
  length: number;
  id: Float64Array;
  user: Float64Array;
  task: Float64Array;
  /** 1 for a break, 0 for an activity. */
  isBreak: Uint8Array;
  /** Start in ms since the epoch. */
  start: Float64Array;
  /** Seconds; NaN while running. */
  duration: Float64Array;
}

export function allocatePacked(n: number): PackedEntries {
  return {
    length: n,
    id: new Float64Array(n),
    user: new Float64Array(n),
    task: new Float64Array(n),
    isBreak: new Uint8Array(n),
    start: new Float64Array(n),
    duration: new Float64Array(n),
  };
}

/** Fills positions [from, to) from the entries at the same positions. */
export function packInto(
  p: PackedEntries,
  entries: readonly DetectableEntry[],
  from = 0,
  to = entries.length,
) {
  for (let i = from; i < to; i++) {
    const e = entries[i] as DetectableEntry;
    p.id[i] = e.id;
    p.user[i] = e.toggl_user_id;
    p.task[i] = e.task_id ?? NaN;
    p.isBreak[i] = e.type === 'break' ? 1 : 0;
    p.start[i] = e.start ? Date.parse(e.start) : NaN;
    p.duration[i] = e.duration ?? NaN;
  }
}

export function packEntries(entries: readonly DetectableEntry[]): PackedEntries {
  const p = allocatePacked(entries.length);
  packInto(p, entries);
  return p;
}

/** The buffers to hand to `postMessage` as transferables. */
export const packedBuffers = (p: PackedEntries): ArrayBuffer[] =>
  [p.id, p.user, p.task, p.isBreak, p.start, p.duration].map((a) => a.buffer as ArrayBuffer);
