import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api-context.tsx';
import { entryKeys } from '../query-keys.ts';
import { changeCachedEntries, invalidateEntries, rollback, settleDeleted } from './cache.ts';
import { entryRequests } from './entry-requests.ts';
import type { EntryRef } from './entry-ref.ts';

/** DELETE …/time-entries/{id}: soft delete, optimistic (the row leaves at once, comes back on failure). */
export function useDeleteEntry() {
  const { client, workspace } = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ entry }: { entry: EntryRef }) => entryRequests.delete(client, workspace, entry),
    onMutate: async ({ entry }) => {
      await qc.cancelQueries({ queryKey: entryKeys.all(workspace) });
      const now = new Date().toISOString();
      const snapshot = changeCachedEntries(qc, workspace, [entry.id], (e, slot) =>
        slot.kind === 'detail' ? { ...e, deleted_at: now } : null,
      );
      return { snapshot };
    },
    onError: (_error, { entry }, context) => {
      if (context) rollback(qc, context.snapshot);
      return invalidateEntries(qc, workspace, [entry.id]);
    },
    onSuccess: (_data, { entry }) => settleDeleted(qc, workspace, [entry.id]),
  });
}
