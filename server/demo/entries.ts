import type { SeedEntry } from '../time-entries/store-writes.ts';
import type { Random } from './random.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Working hours in UTC, roughly 09:00–18:00 in central Europe. */
const DAY_START_UTC_MIN = 7 * 60 + 30;
const DAY_END_UTC_MIN = 16 * 60 + 30;
const ACTIVITY_MINUTES = [15, 20, 25, 30, 30, 45, 45, 60, 60, 75, 90, 90, 120, 150, 180];

export interface Worker {
  userId: number;
  taskIds: readonly number[];
}

export interface WorkdayOptions {
  workspaceId: number;
  workers: readonly Worker[];
  /** How many days back from `now` to fill, today included. */
  days: number;
  now: number;
  rng: Random;
  /** Numbers time blocks from here on. */
  firstTimeBlockId: number;
  /** Users whose today is left out (their today is written separately). */
  skipTodayFor?: ReadonlySet<number>;
}

const roundTo5 = (ms: number) => Math.floor(ms / (5 * MINUTE)) * 5 * MINUTE;

/** Fills in created/updated/archived/deleted for an entry that ended at `end`, never later than `now`. */
export function stamps(rng: Random, start: number, end: number, now: number) {
  const created = Math.min(now, end + rng.int(0, 15) * MINUTE);
  const updated = rng.chance(0.1) ? Math.min(now, created + rng.int(1, 72) * 60 * MINUTE) : created;
  const old = now - start > 21 * DAY;
  const archived = old && rng.chance(0.05) ? Math.min(now, updated + rng.int(7, 14) * DAY) : null;
  const deleted = rng.chance(0.013)
    ? Math.min(now, Math.max(updated, archived ?? 0) + rng.int(1, 48) * 60 * MINUTE)
    : null;
  return {
    created_at: created,
    updated_at: Math.max(updated, archived ?? 0, deleted ?? 0),
    archived_at: archived,
    deleted_at: deleted,
  };
}

/**
 * Working-hours-shaped entries, oldest first: weekdays, a start between 07:30 and 08:45 UTC, activities
 * of 15 minutes to 3 hours, a lunch break and the odd coffee break, short gaps, and focus sessions of one
 * to three entries on one task that share a time block.
 */
export function* workdayEntries(o: WorkdayOptions): Generator<SeedEntry> {
  const today = Math.floor(o.now / DAY) * DAY;
  let block = o.firstTimeBlockId;
  for (let d = o.days - 1; d >= 0; d--) {
    const day = today - d * DAY;
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (const worker of o.workers) {
      if (d === 0 && o.skipTodayFor?.has(worker.userId)) continue;
      if (o.rng.chance(0.1)) continue;
      let t = day + (DAY_START_UTC_MIN + o.rng.int(0, 15) * 5) * MINUTE;
      const end = day + (DAY_END_UTC_MIN + o.rng.int(0, 12) * 5) * MINUTE;
      let lunched = false;
      while (t < end) {
        const base = { workspace_id: o.workspaceId, user_id: worker.userId };
        const task = o.rng.pick(worker.taskIds);
        const isLunch: boolean = !lunched && t >= day + 11 * 60 * MINUTE && o.rng.chance(0.7);
        const isCoffee = !isLunch && o.rng.chance(0.04);
        if (isLunch || isCoffee) {
          lunched ||= isLunch;
          const minutes = isLunch ? o.rng.pick([30, 45, 60]) : 15;
          if (t + minutes * MINUTE > o.now) break;
          const row = {
            ...base,
            task_id: task,
            type: 'break' as const,
            start_ms: t,
            duration: minutes * 60,
            time_block_id: null,
          };
          yield { ...row, ...stamps(o.rng, t, t + minutes * MINUTE, o.now) };
          t += minutes * MINUTE;
          continue;
        }
        const session = o.rng.chance(0.6) ? o.rng.int(1, 3) : 1;
        const blockId = session > 1 || o.rng.chance(0.4) ? block++ : null;
        for (let i = 0; i < session && t < end; i++) {
          const minutes = o.rng.pick(ACTIVITY_MINUTES);
          if (t + minutes * MINUTE > o.now) {
            t = end;
            break;
          }
          const row = {
            ...base,
            task_id: task,
            type: 'activity' as const,
            start_ms: t,
            duration: minutes * 60,
          };
          yield { ...row, time_block_id: blockId, ...stamps(o.rng, t, t + minutes * MINUTE, o.now) };
          t += (minutes + o.rng.pick([0, 0, 0, 5, 10, 15, 20])) * MINUTE;
        }
      }
    }
  }
}

/** The lead's today, whatever the weekday and hour: two finished entries and the one running entry. */
export function* leadToday(
  workspaceId: number,
  userId: number,
  taskIds: readonly number[],
  now: number,
  block: number,
) {
  const at = (minutesAgo: number) => roundTo5(now - minutesAgo * MINUTE);
  const base = { workspace_id: workspaceId, user_id: userId, archived_at: null, deleted_at: null };
  const [a = 1, b = 1, c = 1] = taskIds;
  const done = [
    { task_id: a, start_ms: at(200), duration: 75 * 60, time_block_id: block },
    { task_id: b, start_ms: at(115), duration: 70 * 60, time_block_id: null },
  ];
  for (const e of done) {
    const stop = e.start_ms + e.duration * 1000;
    yield { ...base, ...e, type: 'activity' as const, created_at: stop, updated_at: stop };
  }
  const start = at(25);
  yield {
    ...base,
    task_id: c,
    type: 'activity' as const,
    start_ms: start,
    duration: null,
    time_block_id: block + 1,
    created_at: start,
    updated_at: start,
  };
}
