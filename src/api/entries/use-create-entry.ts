import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateEntryBody } from '../../../contract/index.ts';
import { useApi } from '../api-context.tsx';
import { entryKeys } from '../query-keys.ts';
import { invalidateLists } from './cache.ts';
import { entryRequests } from './entry-requests.ts';

/** POST …/tasks/{task_id}/time-entries, or …/time-entries for an entry without a task: 201 with the entry. */
export function useCreateEntry() {
  const { client, workspace } = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, body }: { taskId: number | null; body: CreateEntryBody }) =>
      entryRequests.create(client, workspace, taskId, body),
    onSuccess: (created) => {
      qc.setQueryData(entryKeys.detail(workspace, created.id), created);
      invalidateLists(qc, workspace);
    },
  });
}
