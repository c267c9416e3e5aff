import { useMemo } from 'react';
import { useUsers } from './use-users.ts';

/** Names by toggl_user_id, so rows show people rather than numbers. */
export function usePeople(): (userId: number) => string {
  const users = useUsers();
  return useMemo(() => {
    const names = new Map((users.data ?? []).map((u) => [u.user_account_id, u.name] as const));
    return (id: number) => names.get(id) ?? `Person #${id}`;
  }, [users.data]);
}
