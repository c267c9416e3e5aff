import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { OrganizationUser } from '../../../contract/index.ts';
import { MANAGE_TIME_ENTRIES } from '../../../contract/constants.ts';
import { useApi, useSessionState } from '../api-context.tsx';
import { workspaceEntriesOptions } from '../entries/use-workspace-entries.ts';
import { useUsers } from './use-users.ts';

export interface Permissions {
  /** The signed-in person as the users list has them; null while that is not known. */
  me: OrganizationUser | null;
  /** May see and change every entry of the workspace (create for others, change anyone's entries). */
  canManageEntries: boolean;
  /** Whether the answer is final; until then the person is treated as a member. */
  settled: boolean;
}

/**
 * `manage_time_entries` as a user's `permissions` states it, for one workspace; undefined when the
 * answer does not say (an upstream that sends no `permissions`). The public document leaves the shape
 * open, so a list of names, a map of name → boolean, and either of those per workspace id are read.
 */
export function readManagePermission(user: OrganizationUser, workspaceId: number): boolean | undefined {
  const read = (value: unknown, depth = 0): boolean | undefined => {
    if (Array.isArray(value)) return value.includes(MANAGE_TIME_ENTRIES);
    if (!value || typeof value !== 'object' || depth > 1) return undefined;
    const map = value as Record<string, unknown>;
    if (typeof map[MANAGE_TIME_ENTRIES] === 'boolean') return map[MANAGE_TIME_ENTRIES];
    return String(workspaceId) in map ? read(map[String(workspaceId)], depth + 1) : undefined;
  };
  const own = read((user as { permissions?: unknown }).permissions);
  if (own !== undefined) return own;
  const workspace = user.workspaces?.find((w) => w.id === workspaceId) as
    { permissions?: unknown } | undefined;
  return read(workspace?.permissions);
}

const DAY = 86_400_000;

/**
 * THE way the dashboard reads what the signed-in person may do in this workspace. From the users' `permissions` when the API sends
 * them; otherwise the person counts as a member until a read only a manager gets succeeds: the latest
 * entries of the workspace, which show a member only their own and a manager everyone's.
 */
export function usePermissions(): Permissions {
  const { client, workspace, enabled } = useApi();
  const { session } = useSessionState();
  const users = useUsers();
  const email = session?.credentials.kind === 'basic' ? session.credentials.email.toLowerCase() : null;
  const byEmail = email ? (users.data?.find((u) => u.email.toLowerCase() === email) ?? null) : null;
  const stated = byEmail ? readManagePermission(byEmail, workspace.workspaceId) : undefined;

  // One day is enough to round to: the key stays the same all day, so the probe runs once.
  const [today] = useState(() => Math.floor(Date.now() / DAY) * DAY);
  const probe = useQuery({
    ...workspaceEntriesOptions(client, workspace, {
      date_from: new Date(today - 366 * DAY).toISOString(),
      date_to: new Date(today + 2 * DAY).toISOString(),
      per_page: 100,
    }),
    enabled: enabled && users.isSuccess && stated === undefined,
    staleTime: Infinity,
    select: (page) => [...new Set(page.data.map((e) => e.toggl_user_id))],
  });

  return useMemo(() => {
    if (stated !== undefined) return { me: byEmail, canManageEntries: stated, settled: true };
    const seen = probe.data ?? [];
    // Someone else's entry came back: only a manager is shown those.
    const canManageEntries = byEmail ? seen.some((id) => id !== byEmail.user_account_id) : seen.length > 1;
    // An API key names nobody; a member's own entries say who they are.
    const me =
      byEmail ??
      (!canManageEntries && seen.length === 1
        ? (users.data?.find((u) => u.user_account_id === seen[0]) ?? null)
        : null);
    return { me, canManageEntries, settled: probe.isSuccess || probe.isError };
  }, [stated, byEmail, probe.data, probe.isSuccess, probe.isError, users.data]);
}
