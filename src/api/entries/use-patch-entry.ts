import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PatchEntryBody, TimeEntry } from '../../../contract/index.ts';
import { useApi } from '../api-context.tsx';
import { entryKeys } from '../query-keys.ts';
import { changeCachedEntries, invalidateEntries, rollback } from './cache.ts';
import { entryRequests } from './entry-requests.ts';
import type { EntryRef } from './entry-ref.ts';

/** The fields a patch changes, applied to a cached entry so the screen shows them before the answer. */
export function applyPatch<E extends TimeEntry>(entry: E, patch: PatchEntryBody): E {
  const next = { ...entry };
  // A key present with `undefined` is not sent (JSON drops it), so it must not blank the cached value.
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) (next as Record<string, unknown>)[key] = value;
  }
  return next;
}

/** PATCH …/time-entries/{id}: optimistic; every cached copy rolls back if the server refuses. */
export function usePatchEntry() {
  const { client, workspace } = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ entry, patch }: { entry: EntryRef; patch: PatchEntryBody }) =>
      entryRequests.patch(client, workspace, entry, patch),
    onMutate: async ({ entry, patch }) => {
      await qc.cancelQueries({ queryKey: entryKeys.all(workspace) });
      return { snapshot: changeCachedEntries(qc, workspace, [entry.id], (e) => applyPatch(e, patch)) };
    },
    onError: (_error, _vars, context) => {
      if (context) rollback(qc, context.snapshot);
    },
    onSettled: (_data, _error, { entry }) => invalidateEntries(qc, workspace, [entry.id]),
  });
}
