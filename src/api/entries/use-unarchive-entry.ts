import { useMutation, useQueryClient } from '@tanstack/react-query';
import { paths } from '../../../contract/index.ts';
import { useApi } from '../api-context.tsx';
import { invalidateEntries, screenIsStale, type EntryRef } from './cache.ts';

/** POST …/time-entries/{id}/unarchive: back among the active entries. */
export function useUnarchiveEntry() {
  const { client, workspace } = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ entry }: { entry: EntryRef }) =>
      client.request('POST', paths.unarchive(workspace, entry.task_id, entry.id)),
    onSuccess: (_data, { entry }) => invalidateEntries(qc, workspace, [entry.id]),
    onError: (error, { entry }) =>
      screenIsStale(error) ? invalidateEntries(qc, workspace, [entry.id]) : undefined,
  });
}
