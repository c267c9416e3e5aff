import { useMemo } from 'react';
import { personName } from '../../lib/display-names.ts';
import { useApi } from '../api-context.tsx';
import { useUsers } from './use-users.ts';

export interface People {
  /** A person's name by `toggl_user_id` (a user's `user_account_id`), so rows show people, not numbers. */
  name: (userId: number) => string;
  /** The people of the current workspace, by name, for pickers and filters. */
  options: { id: number; name: string }[];
}

/** The organization's people as the screens name them. */
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
    return { name: (id) => personName(id, byId.get(id)), options };
  }, [data, workspaceId]);
}
