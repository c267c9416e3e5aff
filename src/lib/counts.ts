import { formatCount } from './locale.ts';

/** `1 entry`, `1,200 entries`: counts in the words every screen and the history use, digits in the person's locale. */
export function countEntries(n: number, lang?: string): string {
  return `${formatCount(n, lang)} ${n === 1 ? 'entry' : 'entries'}`;
}
