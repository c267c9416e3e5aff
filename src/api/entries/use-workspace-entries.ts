import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { WorkspaceEntriesQuery } from '../../../contract/index.ts';
import { paths, type WorkspaceRef } from '../../../contract/paths.ts';
import { useApi } from '../api-context.tsx';
import type { ApiClient } from '../client.ts';
import { entryKeys } from '../query-keys.ts';
import { entryWithTaskPageShape } from '../response-shapes.ts';

export const workspaceEntriesOptions = (client: ApiClient, w: WorkspaceRef, query: WorkspaceEntriesQuery) =>
  queryOptions({
    queryKey: entryKeys.workspaceList(w, query),
    queryFn: ({ signal }) =>
      client.request('GET', paths.workspaceEntries(w), { query, schema: entryWithTaskPageShape, signal }),
  });

/** GET …/workspaces/{workspace_id}/time-entries: a page of the workspace's entries, tasks embedded. */
export function useWorkspaceEntries(query: WorkspaceEntriesQuery | null) {
  const { client, workspace, enabled } = useApi();
  return useQuery({
    ...workspaceEntriesOptions(client, workspace, query ?? { date_from: '', date_to: '' }),
    enabled: enabled && query !== null,
    // Paging keeps the old rows on screen until the next page arrives: no layout jump.
    placeholderData: keepPreviousData,
  });
}
