import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TaskEntriesQuery } from '../../../contract/index.ts';
import { paths, type WorkspaceRef } from '../../../contract/paths.ts';
import { useApi } from '../api-context.tsx';
import type { ApiClient } from '../client.ts';
import { entryKeys } from '../query-keys.ts';
import { entryPageShape } from '../response-shapes.ts';

export const taskEntriesOptions = (
  client: ApiClient,
  w: WorkspaceRef,
  taskId: number,
  query: TaskEntriesQuery = {},
) =>
  queryOptions({
    queryKey: entryKeys.taskList(w, taskId, query),
    queryFn: ({ signal }) =>
      client.request('GET', paths.taskEntries(w, taskId), { query, schema: entryPageShape, signal }),
  });

/** GET …/tasks/{task_id}/time-entries: one task's entries, paged. */
export function useTaskEntries(taskId: number | null, query: TaskEntriesQuery = {}) {
  const { client, workspace, enabled } = useApi();
  return useQuery({
    ...taskEntriesOptions(client, workspace, taskId ?? 0, query),
    enabled: enabled && taskId !== null,
  });
}
