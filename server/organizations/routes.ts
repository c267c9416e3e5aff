import { organizationPath } from '../../contract/index.ts';
import { requireOrganization } from '../auth/access.ts';
import { jsonReply, route, type ApiContext, type ApiRouter, type Reply } from '../http/context.ts';
import { validationError } from '../http/errors.ts';
import { parseWith } from '../http/validate.ts';
import { findMemberWorkspaces, findOrganizationUsers } from './store.ts';

/** The people of the caller's organization, so the dashboard can show names instead of user ids. */
function listOrganizationUsers(ctx: ApiContext): Reply {
  const path = parseWith(organizationPath, ctx.params, 'path');
  requireOrganization(ctx.db, ctx.userId, path.organization_id);
  const unknown = [...new Set(ctx.search.keys())];
  if (unknown.length > 0) {
    throw validationError(`query: unknown field${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`, {
      [unknown.join(',')]: 'unknown field',
    });
  }
  const workspaces = new Map<number, { id: number; name: string }[]>();
  for (const w of findMemberWorkspaces(ctx.db, path.organization_id)) {
    const list = workspaces.get(w.user_id) ?? [];
    list.push({ id: w.id, name: w.name });
    workspaces.set(w.user_id, list);
  }
  const users = findOrganizationUsers(ctx.db, path.organization_id).map((u) => ({
    ...u,
    active: true,
    workspaces: workspaces.get(u.user_account_id) ?? [],
  }));
  return jsonReply(200, JSON.stringify(users));
}

export function addOrganizationRoutes(router: ApiRouter): void {
  router.add('GET', '/organizations/{organization_id}/users', route(listOrganizationUsers));
}
