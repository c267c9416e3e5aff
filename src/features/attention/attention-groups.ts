import type { TimeEntry } from '../../../contract/index.ts';
import type { Findings } from './detect/detect.ts';
import type { Thresholds } from './detect/thresholds.ts';

export type GroupKey = keyof Findings;

export interface GroupInfo {
  key: GroupKey;
  title: string;
  /** One line on what the group holds and why it matters. */
  explain: (t: Thresholds) => string;
  /** Shown only when switched on (in the URL). */
  optIn?: 'breaks' | 'weekends';
}

const hours = (h: number) => `${h} hour${h === 1 ? '' : 's'}`;

/** The groups in the order a lead works through them: what corrupts totals first. */
export const GROUPS: readonly GroupInfo[] = [
  {
    key: 'overlaps',
    title: 'Overlapping',
    explain: () =>
      'Two entries of one person running at the same time for more than a minute: that time counts twice.',
  },
  {
    key: 'duplicates',
    title: 'Duplicates',
    explain: () => 'The same task, type, start and length (each within a minute), entered more than once.',
  },
  {
    key: 'running',
    title: 'Running too long',
    explain: (t) =>
      `Timers started more than ${hours(t.runningHours)} ago and still running: most were forgotten.`,
  },
  {
    key: 'long',
    title: 'Very long',
    explain: (t) =>
      `Finished entries longer than ${hours(t.longHours)}: often a timer stopped the next morning.`,
  },
  {
    key: 'future',
    title: 'In the future',
    explain: () => 'Entries that start later than now: usually a mistyped date.',
  },
  {
    key: 'zero',
    title: 'Zero length',
    explain: () => 'Entries with a duration of 0: a timer stopped as soon as it started.',
  },
  {
    key: 'breaks',
    title: 'Long breaks',
    explain: (t) => `Breaks longer than ${hours(t.breakHours)}.`,
    optIn: 'breaks',
  },
  {
    key: 'weekends',
    title: 'Weekend activity',
    explain: () => 'Activity that starts on a Saturday or Sunday, in your time zone.',
    optIn: 'weekends',
  },
];

export const shownGroups = (t: Thresholds) => GROUPS.filter((g) => !g.optIn || t[g.optIn]);

/** An overlapping pair; the later entry is in at most one pair, so its id names the pair. */
export interface OverlapRow<E extends TimeEntry = TimeEntry> {
  id: number;
  earlier: E;
  later: E;
  /** ms */
  overlap: number;
}

/** A set of copies, named by its first entry's id. */
export interface DuplicateRow<E extends TimeEntry = TimeEntry> {
  id: number;
  entries: E[];
}

export interface AttentionGroups<E extends TimeEntry = TimeEntry> {
  overlaps: OverlapRow<E>[];
  duplicates: DuplicateRow<E>[];
  /** The single-entry groups. */
  entries: Record<Exclude<GroupKey, 'overlaps' | 'duplicates'>, E[]>;
  /** Distinct entries needing attention in the groups shown: the number on the badge. */
  count: number;
}

/** Turns the ids detection found into rows of entries; ids no longer loaded are dropped. */
export function buildGroups<E extends TimeEntry>(
  findings: Findings,
  byId: ReadonlyMap<number, E>,
  t: Thresholds,
): AttentionGroups<E> {
  const pick = (ids: readonly number[]) => ids.flatMap((id) => byId.get(id) ?? []);
  const overlaps = findings.overlaps.flatMap((o) => {
    const earlier = byId.get(o.earlier);
    const later = byId.get(o.later);
    return earlier && later ? [{ id: later.id, earlier, later, overlap: o.overlap }] : [];
  });
  const duplicates = findings.duplicates.flatMap((ids) => {
    const entries = pick(ids);
    return entries.length > 1 ? [{ id: entries[0]!.id, entries }] : [];
  });
  const entries = {
    running: pick(findings.running),
    long: pick(findings.long),
    future: pick(findings.future),
    zero: pick(findings.zero),
    breaks: t.breaks ? pick(findings.breaks) : [],
    weekends: t.weekends ? pick(findings.weekends) : [],
  };
  const flagged = new Set<number>();
  for (const o of overlaps) flagged.add(o.earlier.id).add(o.later.id);
  for (const d of duplicates) for (const e of d.entries) flagged.add(e.id);
  for (const list of Object.values(entries)) for (const e of list) flagged.add(e.id);
  return { overlaps, duplicates, entries, count: flagged.size };
}
