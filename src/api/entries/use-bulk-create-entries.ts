import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BulkCreateBody } from '../../../contract/index.ts';
import { useApi } from '../api-context.tsx';
import { invalidateLists } from './cache.ts';
import { entryRequests } from './entry-requests.ts';

/** POST …/time-entries/bulk: a bare array of new entries, all or nothing; every list may gain rows. */
export function useBulkCreateEntries() {
  const { client, workspace } = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (items: BulkCreateBody) => entryRequests.bulkCreate(client, workspace, items),
    onSuccess: () => invalidateLists(qc, workspace),
  });
}
