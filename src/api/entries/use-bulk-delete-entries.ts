import { useMutation, useQueryClient } from '@tanstack/react-query';
import { paths } from '../../../contract/index.ts';
import { useApi } from '../api-context.tsx';
import { invalidateLists, screenIsStale, settleDeleted } from './cache.ts';

/** DELETE …/time-entries/bulk?ids=…: soft-deletes them all or none. */
export function useBulkDeleteEntries() {
  const { client, workspace } = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (ids: readonly number[]) =>
      client.request('DELETE', paths.bulk(workspace), { query: { ids } }),
    onSuccess: (_data, ids) => settleDeleted(qc, workspace, ids),
    onError: (error) => (screenIsStale(error) ? invalidateLists(qc, workspace) : undefined),
  });
}
