import type { TimeEntry } from '../../../contract/index.ts';

/**
 * `rows` begins with every row of `before`, in the same order: it is `before` with more rows added (a
 * range still streaming in, or its finished list after the last update). Comparing references is some
 * 100 times cheaper than deriving anything from a row again, so work kept for `before` carries over.
 */
export function extendsRows(rows: readonly TimeEntry[], before: readonly TimeEntry[]): boolean {
  if (rows === before) return true;
  if (rows.length < before.length) return false;
  for (let i = 0; i < before.length; i++) if (rows[i] !== before[i]) return false;
  return true;
}
