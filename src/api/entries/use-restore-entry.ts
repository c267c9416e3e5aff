import { useMutation, useQueryClient } from '@tanstack/react-query';
import { paths } from '../../../contract/index.ts';
import { useApi } from '../api-context.tsx';
import { invalidateEntries, screenIsStale, type EntryRef } from './cache.ts';

/** PATCH …/time-entries/{id}/restore: brings a deleted entry back into the lists. */
export function useRestoreEntry() {
  const { client, workspace } = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ entry }: { entry: EntryRef }) =>
      client.request('PATCH', paths.restore(workspace, entry.task_id, entry.id)),
    onSuccess: (_data, { entry }) => invalidateEntries(qc, workspace, [entry.id]),
    onError: (error, { entry }) =>
      screenIsStale(error) ? invalidateEntries(qc, workspace, [entry.id]) : undefined,
  });
}
