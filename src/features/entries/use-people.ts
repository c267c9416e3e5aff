import { useMemo } from 'react';
import { useApi, useUsers } from '../../api/index.ts';

export interface People {
  name: (userId: number) => string;
  /** People of the current workspace, by name, for the Person filter. */
  options: { id: number; name: string }[];
}

/** Names instead of ids: entries carry `toggl_user_id`, which is a user's `user_account_id`. */
export function usePeople(): People {
  const { workspace } = useApi();
  const { data } = useUsers();
  const workspaceId = workspace.workspaceId;
  return useMemo(() => {
    const byId = new Map((data ?? []).map((u) => [u.user_account_id, u.name]));
    const options = (data ?? [])
      .filter((u) => !u.workspaces || u.workspaces.some((w) => w.id === workspaceId))
      .map((u) => ({ id: u.user_account_id, name: u.name }))
      .sort((a, b) => a.name.localeCompare(b.name));
    return { name: (id) => byId.get(id) ?? `Person ${id}`, options };
  }, [data, workspaceId]);
}
