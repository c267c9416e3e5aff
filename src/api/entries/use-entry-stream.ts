import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { startTransition, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { StreamEntriesQuery } from '../../../contract/index.ts';
// The paths module, not the index: the index brings every schema, and with them zod, into the Entries view.
import { paths, type WorkspaceRef } from '../../../contract/paths.ts';
import { useApi } from '../api-context.tsx';
import { ApiError } from '../api-error.ts';
import { requestFailure, type ApiClient } from '../client.ts';
import { StreamFormatError } from '../entry-stream/entry-stream-parser.ts';
import { progressHash, rangeProgressStore, type RangeProgress } from '../entry-stream/range-progress.ts';
import { readEntryStream } from '../entry-stream/read-entry-stream.ts';
import { entryKeys } from '../query-keys.ts';

export type { RangeProgress };
export { prewarmParsers } from '../entry-stream/read-entry-stream.ts';

/**
 * GET …/time-entries/stream. The body is parsed in a worker as it arrives (light row checks, one object
 * per task); the query resolves with every row once the stream ends, as any query does, and meanwhile
 * the rows so far are published as the range's progress (`useEntryStreamProgress`).
 */
export const entryStreamOptions = (client: ApiClient, w: WorkspaceRef, query: StreamEntriesQuery) =>
  queryOptions({
    queryKey: entryKeys.stream(w, query),
    queryFn: async ({ signal, queryKey, client: queryClient }) => {
      const progress = rangeProgressStore(queryClient).start(progressHash(queryKey), {
        from: Date.parse(query.date_from),
        to: Date.parse(query.date_to),
      });
      try {
        // The parser worker sends the request itself: the body goes from the network straight to it.
        const { request, failedAnswer } = client.streamRequest(paths.stream(w), query);
        const rows = await readEntryStream(request, { signal, onRows: progress.rows, failedAnswer });
        progress.end('done');
        return rows;
      } catch (error) {
        progress.end(signal.aborted ? 'stopped' : 'failed');
        if (error instanceof ApiError) throw error;
        if (error instanceof StreamFormatError) {
          throw new ApiError({
            kind: 'unexpected',
            description: `Unexpected response from the server: ${error.message}`,
          });
        }
        throw requestFailure(signal, error);
      }
    },
  });

/** GET …/time-entries/stream: every entry in the range at once (the whole-range table, CSV, select-all). */
export function useEntryStream(query: StreamEntriesQuery | null) {
  const { client, workspace, enabled } = useApi();
  return useQuery({
    ...entryStreamOptions(client, workspace, query ?? { date_from: '', date_to: '' }),
    enabled: enabled && query !== null,
  });
}

/**
 * The rows of a whole-range download so far (and whether it finished, stopped or failed); null before any.
 * The first rows are taken at once: a person waits for them. Each later update is taken in a
 * transition: the screen re-renders for it in React's background lane, in slices between which the
 * page paints and takes in the next batch, and an update that comes while the last one is still
 * rendering waits for it rather than starting it over. Another range's progress (or none) is read at
 * once, so a screen never shows one range's rows for another.
 */
export function useEntryStreamProgress(query: StreamEntriesQuery | null): RangeProgress | null {
  const { workspace } = useApi();
  const store = rangeProgressStore(useQueryClient());
  const hash = query ? progressHash(entryKeys.stream(workspace, query)) : '';
  const [seen, setSeen] = useState(() => ({ hash, progress: hash ? (store.get(hash) ?? null) : null }));
  useEffect(() => {
    let shown: RangeProgress | null = null;
    const update = (inEffect: boolean) => {
      const progress = hash ? (store.get(hash) ?? null) : null;
      const first = !shown?.rows.length && !!progress?.rows.length;
      shown = progress;
      const set = () =>
        setSeen((last) => (last.hash === hash && last.progress === progress ? last : { hash, progress }));
      if (!first) startTransition(set);
      else if (inEffect) set();
      // The first rows render in the task that brought them, as a store's update would: as an update
      // of their own they waited behind the page's other work (some 500 ms on a busy machine).
      else flushSync(set);
    };
    // What changed between this render and the subscription is taken too.
    update(true);
    return store.subscribe(() => update(false));
  }, [store, hash]);
  if (seen.hash === hash) return seen.progress;
  return hash ? (store.get(hash) ?? null) : null;
}
