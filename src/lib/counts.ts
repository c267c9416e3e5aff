/** `1 entry`, `1,200 entries`: counts in the words every screen and the history use. */
export function countEntries(n: number): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? 'entry' : 'entries'}`;
}
