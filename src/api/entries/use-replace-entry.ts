import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReplaceEntryBody } from '../../../contract/index.ts';
import { useApi } from '../api-context.tsx';
import { invalidateEntries, screenIsStale } from './cache.ts';
import { entryRequests } from './entry-requests.ts';
import type { EntryRef } from './entry-ref.ts';

/** PUT …/time-entries/{id}: replaces every editable field (absent optional ones are cleared). */
export function useReplaceEntry() {
  const { client, workspace } = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ entry, body }: { entry: EntryRef; body: ReplaceEntryBody }) =>
      entryRequests.replace(client, workspace, entry, body),
    onSuccess: (_data, { entry }) => invalidateEntries(qc, workspace, [entry.id]),
    onError: (error, { entry }) =>
      screenIsStale(error) ? invalidateEntries(qc, workspace, [entry.id]) : undefined,
  });
}
