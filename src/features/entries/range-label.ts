import { formatDayRange } from '../../lib/date-format.ts';
import { dayKey } from '../../lib/dates.ts';

/** `30 Nov – 6 Dec 2026`: the view's local days as a person says them, in their locale. */
export function rangeLabel({ from, to }: { from: Date; to: Date }): string {
  return formatDayRange(dayKey(from), dayKey(to));
}
