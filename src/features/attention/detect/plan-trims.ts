import type { TimeEntry } from '../../../../contract/index.ts';
import { planBulkEdit, type BulkEdit, type PlannedChange } from '../../../lib/bulk-plan.ts';
import { formatDuration } from '../../../lib/format-duration.ts';

export type TrimSide = 'earlier' | 'later';

/** One overlapping pair and which of the two gives way. */
export interface TrimChoice {
  earlier: number;
  later: number;
  side: TrimSide;
}

interface Bounds {
  start: number;
  /** NaN while running. */
  end: number;
}

interface Draft {
  entry: TimeEntry;
  start?: number;
  end?: number;
  problems: string[];
  warnings: string[];
}

const boundsOf = (e: TimeEntry): Bounds | null => {
  if (!e.start) return null;
  const start = Date.parse(e.start);
  return { start, end: e.duration === null || e.duration === undefined ? NaN : start + e.duration * 1000 };
};

/**
 * Trims one entry of each pair so the two no longer overlap: the earlier ends where the later starts, or the
 * later starts where the earlier ends (keeping its own end). An entry in several pairs takes the tightest
 * bound. Returns one planned change per entry touched, in the same shape the bulk edit preview shows.
 */
export function planTrims<E extends TimeEntry>(
  choices: readonly TrimChoice[],
  byId: ReadonlyMap<number, E>,
  options: { now?: number; timeZone?: string } = {},
): PlannedChange<E>[] {
  const now = options.now ?? Date.now();
  const drafts = new Map<number, Draft>();
  const draft = (entry: TimeEntry) => {
    let d = drafts.get(entry.id);
    if (!d) drafts.set(entry.id, (d = { entry, problems: [], warnings: [] }));
    return d;
  };
  for (const choice of choices) {
    const earlier = byId.get(choice.earlier);
    const later = byId.get(choice.later);
    const a = earlier && boundsOf(earlier);
    const b = later && boundsOf(later);
    if (!earlier || !later || !a || !b) continue;
    if (choice.side === 'earlier') {
      const d = draft(earlier);
      d.end = Math.min(d.end ?? Infinity, b.start);
      const after = (Number.isNaN(a.end) ? now : a.end) - (Number.isNaN(b.end) ? now : b.end);
      if (after > 60_000) {
        d.warnings.push(
          `#${later.id} lies inside it: the ${formatDuration(after / 1000)} after #${later.id} ends are dropped`,
        );
      }
    } else {
      const d = draft(later);
      if (Number.isNaN(a.end)) {
        d.problems.push(`#${earlier.id} is still running, so it has no end to start from: trim that one`);
      } else {
        d.start = Math.max(d.start ?? -Infinity, a.end);
      }
    }
  }
  return [...drafts.values()].map((d) => finish(d, options) as PlannedChange<E>);
}

function finish(d: Draft, options: { now?: number; timeZone?: string }): PlannedChange {
  const own = boundsOf(d.entry) as Bounds;
  const start = d.start ?? own.start;
  const end = d.end ?? own.end;
  const edit: BulkEdit = {};
  if (start !== own.start) edit.shift = { days: 0, ms: start - own.start };
  if (!Number.isNaN(end) && (d.end !== undefined || d.start !== undefined)) {
    edit.duration = Math.round((end - start) / 1000);
    if (edit.duration <= 0) d.problems.push('nothing of it would be left between the entries around it');
  }
  const [planned] = planBulkEdit([d.entry], d.problems.length ? {} : edit, options);
  const problems = [...d.problems, ...(planned?.problems ?? [])];
  return {
    entry: d.entry,
    changes: problems.length ? [] : (planned?.changes ?? []),
    patch: problems.length ? null : (planned?.patch ?? null),
    problems,
    warnings: [...d.warnings, ...(planned?.warnings ?? [])],
  };
}
