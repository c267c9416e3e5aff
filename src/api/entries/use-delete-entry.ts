import { useMutation, useQueryClient } from '@tanstack/react-query';
import { paths } from '../../../contract/index.ts';
import { useApi } from '../api-context.tsx';
import { entryKeys } from '../query-keys.ts';
import { changeCachedEntries, invalidateEntries, restoreSnapshot, type EntryRef } from './cache.ts';

/** DELETE …/time-entries/{id}: soft delete, optimistic (the row leaves at once, comes back on failure). */
export function useDeleteEntry() {
  const { client, workspace } = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ entry }: { entry: EntryRef }) =>
      client.request('DELETE', paths.entry(workspace, entry.task_id, entry.id)),
    onMutate: async ({ entry }) => {
      await qc.cancelQueries({ queryKey: entryKeys.all(workspace) });
      return { snapshot: changeCachedEntries(qc, workspace, [entry.id], () => null) };
    },
    onError: (_error, _vars, context) => {
      if (context) restoreSnapshot(qc, context.snapshot);
    },
    onSettled: (_data, _error, { entry }) => invalidateEntries(qc, workspace, [entry.id]),
  });
}
