import { useMutation, useQueryClient } from '@tanstack/react-query';
import { paths, type ReplaceEntryBody } from '../../../contract/index.ts';
import { useApi } from '../api-context.tsx';
import { invalidateEntries, screenIsStale, type EntryRef } from './cache.ts';

/** PUT …/time-entries/{id}: replaces every editable field (absent optional ones are cleared). */
export function useReplaceEntry() {
  const { client, workspace } = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ entry, body }: { entry: EntryRef; body: ReplaceEntryBody }) =>
      client.request('PUT', paths.entry(workspace, entry.task_id, entry.id), { body }),
    onSuccess: (_data, { entry }) => invalidateEntries(qc, workspace, [entry.id]),
    onError: (error, { entry }) =>
      screenIsStale(error) ? invalidateEntries(qc, workspace, [entry.id]) : undefined,
  });
}
