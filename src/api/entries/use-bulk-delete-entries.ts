import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api-context.tsx';
import { invalidateLists, screenIsStale, settleDeleted } from './cache.ts';
import { entryRequests } from './entry-requests.ts';

/** DELETE …/time-entries/bulk?ids=…: soft-deletes them all or none. */
export function useBulkDeleteEntries() {
  const { client, workspace } = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (ids: readonly number[]) => entryRequests.bulkDelete(client, workspace, ids),
    onSuccess: (_data, ids) => settleDeleted(qc, workspace, ids),
    onError: (error) => (screenIsStale(error) ? invalidateLists(qc, workspace) : undefined),
  });
}
