import { queryOptions, useQuery } from '@tanstack/react-query';
import {
  paths,
  timeEntryStream,
  type StreamEntriesQuery,
  type WorkspaceRef,
} from '../../../contract/index.ts';
import { useApi } from '../api-context.tsx';
import type { ApiClient } from '../client.ts';
import { entryKeys } from '../query-keys.ts';

export const entryStreamOptions = (client: ApiClient, w: WorkspaceRef, query: StreamEntriesQuery) =>
  queryOptions({
    queryKey: entryKeys.stream(w, query),
    queryFn: ({ signal }) =>
      client.request('GET', paths.stream(w), { query, schema: timeEntryStream, signal }),
  });

/** GET …/time-entries/stream: every entry in the range at once (the whole-range table, CSV, select-all). */
export function useEntryStream(query: StreamEntriesQuery | null) {
  const { client, workspace, enabled } = useApi();
  return useQuery({
    ...entryStreamOptions(client, workspace, query ?? { date_from: '', date_to: '' }),
    enabled: enabled && query !== null,
  });
}
