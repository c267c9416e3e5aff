import type { SeedEntry } from '../time-entries/store-writes.ts';
import { stamps } from './entries.ts';
import type { Random } from './random.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Working hours start no earlier than this (UTC), so a taskless start stays inside them. */
const EARLIEST_UTC_MIN = 7 * 60;

/**
 * Taskless entries, which the real API has now (time tracked without a task): now and then a person's day
 * opens with 15 to 30 minutes of planning and mail before the first task, ending five minutes before it.
 */
export function* tasklessStarts(rows: readonly SeedEntry[], rng: Random, now: number): Generator<SeedEntry> {
  const firstOfDay = new Map<string, SeedEntry>();
  for (const row of rows) {
    if (row.start_ms === null) continue;
    const key = `${row.user_id}:${Math.floor(row.start_ms / DAY)}`;
    const seen = firstOfDay.get(key);
    if (!seen || (seen.start_ms ?? 0) > row.start_ms) firstOfDay.set(key, row);
  }
  for (const first of firstOfDay.values()) {
    if (!rng.chance(0.08)) continue;
    const next = first.start_ms ?? 0;
    const minutes = rng.pick([15, 20, 25, 30]);
    const start = next - (5 + minutes) * MINUTE;
    if (start < Math.floor(next / DAY) * DAY + EARLIEST_UTC_MIN * MINUTE) continue;
    yield {
      workspace_id: first.workspace_id,
      user_id: first.user_id,
      task_id: null,
      type: 'activity',
      start_ms: start,
      duration: minutes * 60,
      time_block_id: null,
      ...stamps(rng, start, start + minutes * MINUTE, now),
    };
  }
}
