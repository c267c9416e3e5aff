import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api-context.tsx';
import { invalidateEntries, screenIsStale } from './cache.ts';
import { entryRequests } from './entry-requests.ts';
import type { EntryRef } from './entry-ref.ts';

/** POST …/time-entries/{id}/unarchive: back among the active entries. */
export function useUnarchiveEntry() {
  const { client, workspace } = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ entry }: { entry: EntryRef }) => entryRequests.unarchive(client, workspace, entry),
    onSuccess: (_data, { entry }) => invalidateEntries(qc, workspace, [entry.id]),
    onError: (error, { entry }) =>
      screenIsStale(error) ? invalidateEntries(qc, workspace, [entry.id]) : undefined,
  });
}
