import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api-context.tsx';
import { invalidateEntries, screenIsStale } from './cache.ts';
import { entryRequests } from './entry-requests.ts';

/** PATCH …/time-entries/bulk/restore?ids=…: brings deleted entries back, all or none. */
export function useBulkRestoreEntries() {
  const { client, workspace } = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (ids: readonly number[]) => entryRequests.bulkRestore(client, workspace, ids),
    onSuccess: (_data, ids) => invalidateEntries(qc, workspace, ids),
    onError: (error, ids) => (screenIsStale(error) ? invalidateEntries(qc, workspace, ids) : undefined),
  });
}
