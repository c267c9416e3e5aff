import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BulkPatchBody } from '../../../contract/index.ts';
import { useApi } from '../api-context.tsx';
import { invalidateEntries, screenIsStale } from './cache.ts';
import { entryRequests } from './entry-requests.ts';

const idsOf = (items: BulkPatchBody) => items.map((i) => Number(i.id));

/** PATCH …/time-entries/bulk: a bare array of patches with ids, all or nothing. */
export function useBulkPatchEntries() {
  const { client, workspace } = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (items: BulkPatchBody) => entryRequests.bulkPatch(client, workspace, items),
    onSuccess: (_data, items) => invalidateEntries(qc, workspace, idsOf(items)),
    onError: (error, items) =>
      screenIsStale(error) ? invalidateEntries(qc, workspace, idsOf(items)) : undefined,
  });
}
