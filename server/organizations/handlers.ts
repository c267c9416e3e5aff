import type { RouteInput } from '../../contract/index.ts';
import { requireOrganization } from '../auth/access.ts';
import type { ApiContext, JsonBody } from '../http/context.ts';
import { findMemberWorkspaces, findOrganizationUsers } from './store.ts';

/** The people of the caller's organization, so the dashboard can show names instead of user ids. */
export function listOrganizationUsers(
  ctx: ApiContext,
  { params }: RouteInput<'listOrganizationUsers'>,
): JsonBody {
  requireOrganization(ctx.db, ctx.userId, params.organization_id);
  const workspaces = new Map<number, { id: number; name: string }[]>();
  for (const w of findMemberWorkspaces(ctx.db, params.organization_id)) {
    const list = workspaces.get(w.user_id) ?? [];
    list.push({ id: w.id, name: w.name });
    workspaces.set(w.user_id, list);
  }
  const users = findOrganizationUsers(ctx.db, params.organization_id).map((u) => ({
    ...u,
    active: true,
    workspaces: workspaces.get(u.user_account_id) ?? [],
  }));
  return JSON.stringify(users);
}
