import { zoneOffsets } from '../../../lib/zone-offset.ts';

const DAY = 86_400_000;

/** Reads local calendar days of instants in one zone, quickly enough for a sweep over 200,000 entries. */
export interface LocalClock {
  /** Days since 1970-01-01 on the zone's wall clock (the same number for every instant of one local day). */
  dayNumber(ms: number): number;
  /** 0 = Sunday … 6 = Saturday, on the zone's wall clock. */
  weekday(ms: number): number;
}

/** Local days of instants in `timeZone`, from its offsets (see zone-offset.ts: Intl asked about once a day). */
export function localClock(timeZone: string): LocalClock {
  const offsetAt = zoneOffsets(timeZone);
  const dayNumber = (ms: number) => Math.floor((ms + offsetAt(ms)) / DAY);
  // 1970-01-01 was a Thursday.
  return { dayNumber, weekday: (ms) => (((dayNumber(ms) + 4) % 7) + 7) % 7 };
}
