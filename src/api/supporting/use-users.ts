import { queryOptions, useQuery } from '@tanstack/react-query';
import { paths } from '../../../contract/paths.ts';
import { useApi } from '../api-context.tsx';
import type { ApiClient } from '../client.ts';
import { userKeys } from '../query-keys.ts';
import { usersShape } from '../response-shapes.ts';

export const usersOptions = (client: ApiClient, organizationId: number) =>
  queryOptions({
    queryKey: userKeys.all(organizationId),
    queryFn: ({ signal }) =>
      client.request('GET', paths.users(organizationId), { schema: usersShape, signal }),
    staleTime: 10 * 60_000,
  });

/** GET /organizations/{organization_id}/users: the people, so the screen shows names instead of ids. */
export function useUsers() {
  const { client, workspace, enabled } = useApi();
  return useQuery({ ...usersOptions(client, workspace.organizationId), enabled });
}
