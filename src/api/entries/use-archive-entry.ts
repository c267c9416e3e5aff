import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api-context.tsx';
import { entryKeys } from '../query-keys.ts';
import { changeCachedEntries, invalidateEntries, rollback } from './cache.ts';
import { entryRequests } from './entry-requests.ts';
import type { EntryRef } from './entry-ref.ts';

/**
 * POST …/time-entries/{id}/archive, optimistic: the entry leaves the lists of unarchived entries and
 * shows as archived everywhere else at once; all of it rolls back if the server refuses.
 */
export function useArchiveEntry() {
  const { client, workspace } = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ entry }: { entry: EntryRef }) => entryRequests.archive(client, workspace, entry),
    onMutate: async ({ entry }) => {
      await qc.cancelQueries({ queryKey: entryKeys.all(workspace) });
      const now = new Date().toISOString();
      const snapshot = changeCachedEntries(qc, workspace, [entry.id], (e, slot) =>
        slot.kind !== 'detail' && slot.kind !== 'time-blocks' && !slot.archived
          ? null
          : { ...e, archived_at: e.archived_at ?? now },
      );
      return { snapshot };
    },
    onError: (_error, _vars, context) => {
      if (context) rollback(qc, context.snapshot);
    },
    onSettled: (_data, _error, { entry }) => invalidateEntries(qc, workspace, [entry.id]),
  });
}
