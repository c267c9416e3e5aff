import { DEFAULT_PER_PAGE, type RouteInput } from '../../contract/index.ts';
import { requireOrganization } from '../auth/access.ts';
import type { ApiContext, JsonBody } from '../http/context.ts';
import { matches, order } from './filters.ts';
import { organizationUserObject } from './serialize.ts';
import { findMemberWorkspaces, findOrganizationUsers, type MemberWorkspaceRow } from './store.ts';

/** The people of the caller's organization, so the dashboard can show names instead of user ids. */
export function listOrganizationUsers(
  ctx: ApiContext,
  { params, query }: RouteInput<'listOrganizationUsers'>,
): JsonBody {
  requireOrganization(ctx.db, ctx.userId, params.organization_id);
  const memberships = new Map<number, MemberWorkspaceRow[]>();
  for (const w of findMemberWorkspaces(ctx.db, params.organization_id)) {
    const list = memberships.get(w.user_id) ?? [];
    list.push(w);
    memberships.set(w.user_id, list);
  }
  const rows = findOrganizationUsers(ctx.db, params.organization_id);
  const people = rows.map((row) => ({ row, memberships: memberships.get(row.user_account_id) ?? [] }));
  let chosen = order(
    query,
    people.filter((p) => matches(query, p)),
  );
  if (query.page !== undefined || query.per_page !== undefined) {
    const perPage = query.per_page ?? DEFAULT_PER_PAGE;
    const start = ((query.page ?? 1) - 1) * perPage;
    chosen = chosen.slice(start, start + perPage);
  }
  const options = {
    caller: rows.find((r) => r.user_account_id === ctx.userId),
    workingHours: query.include_working_hours === true,
  };
  const users = chosen.map((p) => ({
    ...organizationUserObject(p.row, p.memberships, options),
    ...(query.include_custom_fields ? { custom_field_values: [] } : {}),
  }));
  return JSON.stringify(users);
}
