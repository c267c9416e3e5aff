import { queryOptions, useQuery } from '@tanstack/react-query';
import { paths, type WorkspaceRef } from '../../../contract/paths.ts';
import { useApi } from '../api-context.tsx';
import type { ApiClient } from '../client.ts';
import { entryKeys } from '../query-keys.ts';
import { timeBlockStreamShape } from '../response-shapes.ts';

export const timeBlockEntriesOptions = (client: ApiClient, w: WorkspaceRef, ids: readonly number[]) =>
  queryOptions({
    queryKey: entryKeys.timeBlocks(w, ids),
    queryFn: ({ signal }) =>
      client.request('GET', paths.timeBlockStream(w), {
        query: { time_block_id: ids },
        schema: timeBlockStreamShape,
        signal,
      }),
  });

/** GET …/time-entries/time-block-ids/stream: every entry of the given time blocks. */
export function useTimeBlockEntries(ids: readonly number[]) {
  const { client, workspace, enabled } = useApi();
  return useQuery({ ...timeBlockEntriesOptions(client, workspace, ids), enabled: enabled && ids.length > 0 });
}
