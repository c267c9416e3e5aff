import type { TimeEntry } from '../../../../contract/index.ts';

/** One copy to delete, and the entry of its set that stays. */
export interface PlannedDeletion<E extends TimeEntry = TimeEntry> {
  entry: E;
  keep: E;
}

const older = (a: TimeEntry, b: TimeEntry) =>
  Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id;

/** Keeps the oldest entry of each set of copies (first created, then lowest id) and deletes the rest. */
export function planDuplicateDeletes<E extends TimeEntry>(
  sets: readonly (readonly number[])[],
  byId: ReadonlyMap<number, E>,
): PlannedDeletion<E>[] {
  return sets.flatMap((ids) => {
    const members = ids.flatMap((id) => byId.get(id) ?? []).sort(older);
    const [keep, ...rest] = members;
    return keep ? rest.map((entry) => ({ entry, keep })) : [];
  });
}
