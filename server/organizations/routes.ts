import {
  DEFAULT_PER_PAGE,
  organizationPath,
  organizationUsersQuery,
  type OrganizationUsersQuery,
} from '../../contract/index.ts';
import { requireOrganization } from '../auth/access.ts';
import { jsonReply, route, type ApiContext, type ApiRouter, type Reply } from '../http/context.ts';
import { parseWith, queryObject } from '../http/validate.ts';
import { ACTIVE, PRODUCTS, focusRoleId, organizationUserObject } from './serialize.ts';
import {
  findMemberWorkspaces,
  findOrganizationUsers,
  type MemberWorkspaceRow,
  type OrganizationUserRow,
} from './store.ts';

type Person = { row: OrganizationUserRow; memberships: MemberWorkspaceRow[] };

const anyOf = <T>(wanted: readonly T[] | undefined, has: (value: T) => boolean) =>
  wanted === undefined || wanted.some(has);

/**
 * Whether a person passes every filter of the query. The local API has no groups, member tags or custom
 * fields, so filtering by them finds nobody (and `has_group=false` everybody); everyone is active, joined
 * and uses Focus.
 */
function matches(q: OrganizationUsersQuery, { row, memberships }: Person): boolean {
  const text = q.filter?.trim().toLowerCase();
  return (
    anyOf(q.workspaces, (id) => memberships.some((m) => m.id === id)) &&
    anyOf(q.user_account_ids, (id) => id === row.user_account_id) &&
    anyOf(q.org_user_ids, (id) => id === row.id) &&
    anyOf(q.roles, (id) => memberships.some((m) => focusRoleId(row, m) === id)) &&
    anyOf(q.toggl_products, (p) => PRODUCTS.includes(p)) &&
    anyOf(q.active_status, (s) => s === ACTIVE) &&
    q.groups === undefined &&
    q.tag_ids === undefined &&
    q.cf_filter === undefined &&
    q.has_group !== true &&
    (q.only_admins !== true || row.role !== 'member') &&
    (!text || row.name.toLowerCase().includes(text) || row.email.toLowerCase().includes(text))
  );
}

/** Name order (`sort_dir`), pinned people first in the order given. */
function order(q: OrganizationUsersQuery, people: Person[]): Person[] {
  const sorted = q.sort_dir === 'desc' ? [...people].reverse() : people;
  const pins = q.pinned_ids ?? [];
  const rank = (p: Person) => {
    const at = pins.indexOf(p.row.user_account_id);
    return at === -1 ? pins.length : at;
  };
  return [...sorted].sort((a, b) => rank(a) - rank(b));
}

/** The people of the caller's organization, so the dashboard can show names instead of user ids. */
function listOrganizationUsers(ctx: ApiContext): Reply {
  const path = parseWith(organizationPath, ctx.params, 'path');
  requireOrganization(ctx.db, ctx.userId, path.organization_id);
  const query = parseWith(organizationUsersQuery, queryObject(ctx.search), 'query');
  const memberships = new Map<number, MemberWorkspaceRow[]>();
  for (const w of findMemberWorkspaces(ctx.db, path.organization_id)) {
    const list = memberships.get(w.user_id) ?? [];
    list.push(w);
    memberships.set(w.user_id, list);
  }
  const rows = findOrganizationUsers(ctx.db, path.organization_id);
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
  return jsonReply(200, JSON.stringify(users));
}

export function addOrganizationRoutes(router: ApiRouter): void {
  router.add('GET', '/organizations/{organization_id}/users', route(listOrganizationUsers));
}
