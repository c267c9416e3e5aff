import { useMutation, useQueryClient } from '@tanstack/react-query';
import { paths, type BulkPatchBody } from '../../../contract/index.ts';
import { useApi } from '../api-context.tsx';
import { invalidateEntries } from './cache.ts';

/** PATCH …/time-entries/bulk: a bare array of patches with ids, all or nothing. */
export function useBulkPatchEntries() {
  const { client, workspace } = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (items: BulkPatchBody) => client.request('PATCH', paths.bulk(workspace), { body: items }),
    onSettled: (_data, _error, items) =>
      invalidateEntries(
        qc,
        workspace,
        items.map((i) => Number(i.id)),
      ),
  });
}
