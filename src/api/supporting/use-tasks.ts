import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TasksQuery } from '../../../contract/index.ts';
import { paths, type WorkspaceRef } from '../../../contract/paths.ts';
import { useApi } from '../api-context.tsx';
import type { ApiClient } from '../client.ts';
import { taskKeys } from '../query-keys.ts';
import { tasksPageShape } from '../response-shapes.ts';

export const tasksOptions = (client: ApiClient, w: WorkspaceRef, query: TasksQuery) =>
  queryOptions({
    queryKey: taskKeys.list(w, query),
    queryFn: ({ signal }) => client.request('GET', paths.tasks(w), { query, schema: tasksPageShape, signal }),
    staleTime: 5 * 60_000,
  });

/** GET …/workspaces/{workspace_id}/tasks: task names for pickers, searchable by name. */
export function useTasks(query: TasksQuery = { per_page: 100 }, options: { enabled?: boolean } = {}) {
  const { client, workspace, enabled } = useApi();
  return useQuery({
    ...tasksOptions(client, workspace, query),
    enabled: enabled && (options.enabled ?? true),
    placeholderData: keepPreviousData,
  });
}
