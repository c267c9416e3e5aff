import type { SeedEntry } from '../time-entries/store-writes.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Who gets which problem: people of Acme Studio other than the lead, whose today the other tests pin down. */
export const PROBLEM_PEOPLE = {
  overlap: 4,
  duplicate: 5,
  running: 6,
  long: 7,
  future: 8,
  longBreak: 9,
  weekend: 10,
  /** The member signs in too: they see problems of their own (an overlap and a zero-length entry). */
  member: 2,
} as const;

const live = (r: SeedEntry) => r.archived_at === null && r.deleted_at === null && r.start_ms !== null;
const endOf = (r: SeedEntry) => (r.start_ms ?? 0) + (r.duration ?? 0) * 1000;
const dayOf = (ms: number) => Math.floor(ms / DAY) * DAY;

/**
 * Plants a few realistic mistakes of every kind "Needs attention" finds into a month of ordinary entries, all
 * within its default 30 days, so a newcomer sees the view at work on first start: a timer left running after
 * work, one stopped the next morning, an entry typed twice, one overlapping the next, a timer stopped at once,
 * a date typed a week ahead, a three-hour lunch, a Saturday's work. Returns the new list; `rows` is left as is.
 */
export function withDemoProblems(rows: readonly SeedEntry[], now: number): SeedEntry[] {
  const out = [...rows];
  const today = dayOf(now);
  /** A person's live entries of one UTC day, in start order. */
  const dayRows = (user: number, day: number) =>
    out
      .filter((r) => r.user_id === user && live(r) && dayOf(r.start_ms ?? 0) === day)
      .sort((a, b) => (a.start_ms ?? 0) - (b.start_ms ?? 0));
  /** The latest day from `daysAgo` back on which the person has at least three entries and `fits` holds. */
  const pickDay = (user: number, daysAgo: number, fits: (rs: SeedEntry[]) => boolean = () => true) => {
    for (let d = daysAgo; d < 30; d++) {
      const rs = dayRows(user, today - d * DAY);
      if (rs.length >= 3 && fits(rs)) return rs;
    }
    return null;
  };
  const replace = (row: SeedEntry, next: SeedEntry) => out.splice(out.indexOf(row), 1, next);
  const remove = (keep: (r: SeedEntry) => boolean) => {
    const kept = out.filter(keep);
    out.splice(0, out.length, ...kept);
  };
  const stamped = (
    r: Omit<SeedEntry, 'created_at' | 'updated_at' | 'archived_at' | 'deleted_at'>,
    at: number,
  ) => ({
    ...r,
    created_at: Math.min(at, now),
    updated_at: Math.min(at, now),
    archived_at: null,
    deleted_at: null,
  });

  // An entry left running past the next one's start: the two overlap by its overrun.
  for (const [user, daysAgo] of [
    [PROBLEM_PEOPLE.overlap, 3],
    [PROBLEM_PEOPLE.member, 5],
  ] as const) {
    // The second entry lasts longer than the overrun, so the first overlaps it and nothing after it.
    const rs = pickDay(
      user,
      daysAgo,
      (r) =>
        r[1]!.type === 'activity' && (r[1]!.duration ?? 0) <= 90 * 60 && (r[2]!.duration ?? 0) >= 30 * 60,
    );
    const [, first, second] = rs ?? [];
    if (first && second) {
      const duration = ((second.start_ms ?? 0) - (first.start_ms ?? 0)) / 1000 + 25 * 60;
      replace(first, { ...first, duration, updated_at: Math.min(now, first.start_ms! + duration * 1000) });
    }
  }

  // The same entry typed twice, two minutes apart.
  const copied = pickDay(PROBLEM_PEOPLE.duplicate, 4)?.[2];
  if (copied)
    out.push({
      ...copied,
      time_block_id: null,
      created_at: copied.created_at + 2 * MINUTE,
      updated_at: copied.created_at + 2 * MINUTE,
    });

  // A timer started at the end of the last working day at least 30 hours back and never stopped; nothing since.
  const runningDay = pickDay(PROBLEM_PEOPLE.running, 2, (rs) => endOf(rs.at(-1)!) <= now - 30 * HOUR);
  const last = runningDay?.at(-1);
  if (last) {
    const start = endOf(last) + 5 * MINUTE;
    remove((r) => r.user_id !== PROBLEM_PEOPLE.running || (r.start_ms ?? 0) < start);
    out.push(
      stamped(
        { ...last, task_id: last.task_id, start_ms: start, duration: null, time_block_id: null },
        start,
      ),
    );
  }

  // Stopped only the next morning: fourteen hours, on an evening with nothing logged the next day until after.
  const longDay = pickDay(PROBLEM_PEOPLE.long, 6, (rs) => {
    const end = (rs.at(-1)!.start_ms ?? 0) + 14 * HOUR;
    return !out.some(
      (r) => r.user_id === PROBLEM_PEOPLE.long && r.start_ms! > rs.at(-1)!.start_ms! && r.start_ms! < end,
    );
  });
  const evening = longDay?.at(-1);
  if (evening) {
    replace(evening, {
      ...evening,
      duration: 14 * 3600,
      time_block_id: null,
      updated_at: Math.min(now, evening.start_ms! + 14 * HOUR),
    });
  }

  // Stopped at once: zero seconds, right where the previous entry ended.
  const zeroDay = pickDay(PROBLEM_PEOPLE.member, 2);
  if (zeroDay?.[1]) {
    const at = endOf(zeroDay[1]);
    out.push(stamped({ ...zeroDay[1], start_ms: at, duration: 0, time_block_id: null }, at));
  }

  // A date typed a week ahead (so the same weekday), created days ago.
  const typo = pickDay(PROBLEM_PEOPLE.future, 2)?.[1];
  if (typo)
    out.push(stamped({ ...typo, start_ms: typo.start_ms! + 7 * DAY, time_block_id: null }, typo.created_at));

  // A lunch break of three hours and a quarter (an appointment), with the afternoon it covers not logged.
  const lunchDay = pickDay(PROBLEM_PEOPLE.longBreak, 7, (rs) => rs.some((r) => r.type === 'break'));
  const lunch = lunchDay?.find((r) => r.type === 'break');
  if (lunch) {
    const stop = lunch.start_ms! + 3.25 * HOUR;
    remove(
      (r) => r === lunch || r.user_id !== lunch.user_id || endOf(r) <= lunch.start_ms! || r.start_ms! >= stop,
    );
    replace(lunch, { ...lunch, duration: 3.25 * 3600, updated_at: Math.min(now, stop) });
  }

  // Two hours on the latest Saturday at least a day back (weekend work is an opt-in check).
  const saturday = today - ((new Date(today).getUTCDay() + 1) % 7 || 7) * DAY;
  // Copied from an entry with a task: a taskless one is left out of the views (and so out of the check)
  // unless they ask for taskless entries.
  const weekday = pickDay(PROBLEM_PEOPLE.weekend, 1, (rs) => rs.some((r) => r.task_id !== null))?.find(
    (r) => r.task_id !== null,
  );
  if (weekday) {
    const start = saturday + 9 * HOUR;
    out.push(
      stamped(
        { ...weekday, type: 'activity', start_ms: start, duration: 2 * 3600, time_block_id: null },
        start + 2 * HOUR,
      ),
    );
  }
  return out;
}
