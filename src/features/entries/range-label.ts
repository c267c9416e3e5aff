const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `3 – 9 Aug 2026`, `28 Jul – 3 Aug 2026`, `30 Dec 2025 – 5 Jan 2026`: a range as a person says it. */
export function rangeLabel({ from, to }: { from: Date; to: Date }): string {
  const d = (x: Date) => `${x.getDate()} ${MONTHS[x.getMonth()]}`;
  if (from.getFullYear() !== to.getFullYear())
    return `${d(from)} ${from.getFullYear()} – ${d(to)} ${to.getFullYear()}`;
  if (from.getMonth() === to.getMonth() && from.getDate() === to.getDate())
    return `${d(from)} ${from.getFullYear()}`;
  if (from.getMonth() === to.getMonth()) return `${from.getDate()} – ${d(to)} ${to.getFullYear()}`;
  return `${d(from)} – ${d(to)} ${to.getFullYear()}`;
}
