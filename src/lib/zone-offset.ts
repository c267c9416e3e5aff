/**
 * A zone's offset from UTC at any instant, for code that reads many instants (every date cell of a table
 * being scrolled, a sweep over 200,000 entries). Intl is the one correct source but costs microseconds a
 * call, so it is asked where each UTC day starts; where a day's two ends disagree, where each of its quarter
 * hours starts; and where a quarter's two ends disagree too, for the instant itself. Offsets and their changes
 * fall on quarter hours of UTC in every zone today (and no zone changes and changes back within a day); a
 * change that does not (Monrovia's −00:44:30 ended at 00:44:30 UTC in 1972) is still read exactly.
 */
const DAY = 86_400_000;
const QUARTER = 15 * 60_000;
/** Kept per zone at most, then started afresh: a table or a sweep comes back to the same days. */
const KEPT = 100_000;

export interface ZoneParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock fields of `ms` in `timeZone`, from Intl itself (the slow, exact way). */
export function formattedParts(ms: number, timeZone: string): ZoneParts {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  const out: Record<string, string> = {};
  for (const p of f.formatToParts(ms)) out[p.type] = p.value;
  return {
    year: Number(out.year),
    month: Number(out.month),
    day: Number(out.day),
    hour: Number(out.hour),
    minute: Number(out.minute),
    second: Number(out.second),
  };
}

/** How far `timeZone`'s wall clock is ahead of UTC at `ms`, in ms (whole seconds), asked of Intl. */
function askOffset(ms: number, timeZone: string): number {
  const p = formattedParts(ms, timeZone);
  const wall = new Date(Date.UTC(2000, p.month - 1, p.day, p.hour, p.minute, p.second));
  // Date.UTC reads years 0–99 as 1900–1999; the year goes in on its own.
  wall.setUTCFullYear(p.year);
  return wall.getTime() - (ms - (((ms % 1000) + 1000) % 1000));
}

/** Offsets where spans of `size` ms start, each asked once. */
function startsOf(size: number, timeZone: string) {
  const starts = new Map<number, number>();
  return (span: number): number => {
    let offset = starts.get(span);
    if (offset === undefined) {
      if (starts.size >= KEPT) starts.clear();
      offset = askOffset(span * size, timeZone);
      starts.set(span, offset);
    }
    return offset;
  };
}

/** `timeZone`'s offset from UTC at an instant, in ms: wall clock = new Date(ms + offset) read in UTC. */
export function zoneOffsets(timeZone: string): (ms: number) => number {
  const dayStart = startsOf(DAY, timeZone);
  const quarterStart = startsOf(QUARTER, timeZone);
  return (ms) => {
    const day = Math.floor(ms / DAY);
    const offset = dayStart(day);
    if (offset === dayStart(day + 1)) return offset;
    const quarter = Math.floor(ms / QUARTER);
    const inQuarter = quarterStart(quarter);
    if (inQuarter === quarterStart(quarter + 1)) return inQuarter;
    return askOffset(ms, timeZone);
  };
}
