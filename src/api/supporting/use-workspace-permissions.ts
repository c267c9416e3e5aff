import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo, useSyncExternalStore } from 'react';
import {
  MANAGE_TIME_ENTRIES,
  type OrganizationUser,
  type TimeEntry,
  type WorkspaceRef,
} from '../../../contract/index.ts';
import { useApi, useSessionState } from '../api-context.tsx';
import { entryKeys } from '../query-keys.ts';
import { useUsers } from './use-users.ts';

/** What the signed-in person may do in the signed-in workspace. */
export interface WorkspacePermissions {
  /** `manage_time_entries`: sees and changes everyone's entries here, and creates entries for others. */
  manageTimeEntries: boolean;
  /**
   * Where that comes from: the people list said so (`people`); it did not, but an answer only a manager
   * gets came back (`observed`: entries of more than one person); or neither yet (`assumed`: a member).
   */
  basis: 'people' | 'observed' | 'assumed';
}

/**
 * One person's permission names in one workspace, read from the people list's `permissions`
 * (`{ "<workspace_id>": [names] }`, as the local API sends it). Undefined when the list does not say: an
 * upstream that sends no `permissions`, or sends them in another shape. A workspace missing from the map
 * means no permissions there.
 */
export function permissionsIn(
  user: Pick<OrganizationUser, 'permissions'> | undefined,
  workspaceId: number,
): readonly string[] | undefined {
  const map = user?.permissions;
  if (!map || typeof map !== 'object' || Array.isArray(map)) return undefined;
  const names: unknown = (map as Record<string, unknown>)[String(workspaceId)];
  if (names === undefined) return [];
  if (!Array.isArray(names) || !names.every((n) => typeof n === 'string')) return undefined;
  return names as string[];
}

/** Workspaces (per query client) where an answer held entries of more than one person; kept for the session. */
const seenManaging = new WeakMap<QueryClient, Set<string>>();
const scanned = new WeakMap<object, boolean>();

function manyPeople(data: unknown): boolean {
  const rows = Array.isArray(data) ? data : (data as { data?: unknown } | undefined)?.data;
  if (!Array.isArray(rows)) return false;
  let known = scanned.get(rows);
  if (known === undefined) {
    const first = (rows[0] as TimeEntry | undefined)?.toggl_user_id;
    known = rows.some((e: TimeEntry) => e.toggl_user_id !== first);
    scanned.set(rows, known);
  }
  return known;
}

/** Whether any cached list or stream of the workspace showed someone else's entries: only a manager's do. */
function observedManaging(qc: QueryClient, w: WorkspaceRef): boolean {
  const key = `${w.organizationId}/${w.workspaceId}`;
  let seen = seenManaging.get(qc);
  if (seen?.has(key)) return true;
  const found = qc.getQueriesData({ queryKey: entryKeys.all(w) }).some(([k, data]) => {
    // A detail is one entry, and time blocks are asked for by id: neither tells whose entries one may read.
    return (k[3] === 'list' || k[3] === 'stream') && k[4] !== 'time-blocks' && manyPeople(data);
  });
  if (found) {
    seen ??= new Set();
    seen.add(key);
    seenManaging.set(qc, seen);
  }
  return found;
}

/**
 * THE way the dashboard reads what the signed-in person may do here. The people list's `permissions` say
 * it when they can (an email sign-in finds the person in the list); otherwise the person counts as a
 * member until an answer only a manager gets comes back, so nothing is offered that the API would refuse.
 */
export function useWorkspacePermissions(): WorkspacePermissions {
  const { workspace } = useApi();
  const { session } = useSessionState();
  const { data: users } = useUsers();
  const qc = useQueryClient();
  const email = session?.credentials.kind === 'basic' ? session.credentials.email.trim().toLowerCase() : null;
  const listed = useMemo(() => {
    const me = email ? users?.find((u) => u.email.trim().toLowerCase() === email) : undefined;
    return permissionsIn(me, workspace.workspaceId);
  }, [users, email, workspace.workspaceId]);
  const observed = useSyncExternalStore(
    (onChange) => qc.getQueryCache().subscribe(onChange),
    () => observedManaging(qc, workspace),
  );
  if (listed) return { manageTimeEntries: listed.includes(MANAGE_TIME_ENTRIES), basis: 'people' };
  return observed
    ? { manageTimeEntries: true, basis: 'observed' }
    : { manageTimeEntries: false, basis: 'assumed' };
}
