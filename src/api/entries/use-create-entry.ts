import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateEntryBody } from '../../../contract/index.ts';
import { useApi } from '../api-context.tsx';
import { entryKeys } from '../query-keys.ts';
import { invalidateLists } from './cache.ts';
import { entryRequests } from './entry-requests.ts';

/** POST …/tasks/{task_id}/time-entries: 201 with the new entry. */
export function useCreateEntry() {
  const { client, workspace } = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, body }: { taskId: number; body: CreateEntryBody }) =>
      entryRequests.create(client, workspace, taskId, body),
    onSuccess: (created) => {
      qc.setQueryData(entryKeys.detail(workspace, created.id), created);
      invalidateLists(qc, workspace);
    },
  });
}
