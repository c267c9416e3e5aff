import { queryOptions, useQuery } from '@tanstack/react-query';
import { paths, type WorkspaceRef } from '../../../contract/paths.ts';
import { useApi } from '../api-context.tsx';
import type { ApiClient } from '../client.ts';
import { entryKeys } from '../query-keys.ts';
import { entryShape } from '../response-shapes.ts';
import type { EntryRef } from './entry-ref.ts';

export const entryOptions = (client: ApiClient, w: WorkspaceRef, ref: EntryRef) =>
  // An id names one entry in a workspace; the task only locates it in the path, so it is not in the key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    queryKey: entryKeys.detail(w, ref.id),
    queryFn: ({ signal }) =>
      client.request('GET', paths.entry(w, ref.task_id, ref.id), { schema: entryShape, signal }),
  });

/** GET …/time-entries/{id}: one entry, fresh from the server (the form loads through this). */
export function useEntry(ref: EntryRef | null, options: { staleTime?: number } = {}) {
  const { client, workspace, enabled } = useApi();
  return useQuery({
    ...entryOptions(client, workspace, ref ?? { id: 0, task_id: 0 }),
    enabled: enabled && ref !== null,
    staleTime: options.staleTime ?? 0,
  });
}
