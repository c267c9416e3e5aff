import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { describeFailure, namedIds } from '../../api/index.ts';
import type { Failure } from './failure-list.tsx';

/**
 * A refused bulk request changes none of its entries (the API is all or nothing per request): each of
 * them is reported with the API's message, and the ones it named as the cause are marked.
 */
export function chunkFailures<T>(
  failed: readonly { items: T[]; error: unknown }[],
  entryOf: (item: T) => TimeEntryWithTask | undefined,
): Failure[] {
  return failed.flatMap(({ items, error }) => {
    const named = new Set(namedIds(error));
    const reason = describeFailure(error);
    return items.flatMap((item) => {
      const entry = entryOf(item);
      return entry ? [{ entry, reason, named: named.has(entry.id) }] : [];
    });
  });
}
