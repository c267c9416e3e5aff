import { formatStart } from '../../lib/date-format.ts';

/** Cell padding and a little air for tabular digits, which canvas text metrics do not apply. */
const SPARE = 16 + 8;
const FALLBACK = 160;

/**
 * How wide the Start column must be so no start is ever cut: the widest of every weekday and month
 * of the person's locale in this year, and with `otherYears` also as dates of another year (which
 * show their year), measured in the table's font.
 */
export function measureStartWidth(timeZone: string, now: number, font: string, otherYears: boolean): number {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return FALLBACK;
  context.font = font;
  const year = new Date(now).getFullYear();
  let widest = 0;
  for (const y of otherYears ? [year, year - 1] : [year]) {
    for (let month = 0; month < 12; month++) {
      // Seven days in a row cover every weekday; 28–29 has a two-digit day in every month.
      for (let day = 22; day <= 28; day++) {
        const text = formatStart(new Date(y, month, day, 23, 58).getTime(), timeZone, now);
        widest = Math.max(widest, context.measureText(text).width);
      }
    }
  }
  return Math.ceil(widest) + SPARE;
}
