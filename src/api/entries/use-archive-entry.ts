import { useMutation, useQueryClient } from '@tanstack/react-query';
import { paths } from '../../../contract/index.ts';
import { useApi } from '../api-context.tsx';
import { entryKeys } from '../query-keys.ts';
import { changeCachedEntries, invalidateEntries, restoreSnapshot, type EntryRef } from './cache.ts';

/** POST …/time-entries/{id}/archive: optimistic (marked archived at once, rolled back on failure). */
export function useArchiveEntry() {
  const { client, workspace } = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ entry }: { entry: EntryRef }) =>
      client.request('POST', paths.archive(workspace, entry.task_id, entry.id)),
    onMutate: async ({ entry }) => {
      await qc.cancelQueries({ queryKey: entryKeys.all(workspace) });
      const now = new Date().toISOString();
      return {
        snapshot: changeCachedEntries(qc, workspace, [entry.id], (e) => ({ ...e, archived_at: now })),
      };
    },
    onError: (_error, _vars, context) => {
      if (context) restoreSnapshot(qc, context.snapshot);
    },
    onSettled: (_data, _error, { entry }) => invalidateEntries(qc, workspace, [entry.id]),
  });
}
