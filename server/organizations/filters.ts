import type { OrganizationUsersQuery } from '../../contract/index.ts';
import { ACTIVE, PRODUCTS, focusRoleId } from './serialize.ts';
import type { MemberWorkspaceRow, OrganizationUserRow } from './store.ts';

export type Person = { row: OrganizationUserRow; memberships: MemberWorkspaceRow[] };

const anyOf = <T>(wanted: readonly T[] | undefined, has: (value: T) => boolean) =>
  wanted === undefined || wanted.some(has);

/**
 * Whether a person passes every filter of the query. The local API has no groups, member tags or custom
 * fields, so filtering by them finds nobody (and `has_group=false` everybody); everyone is active, joined
 * and uses Focus.
 */
export function matches(q: OrganizationUsersQuery, { row, memberships }: Person): boolean {
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
export function order(q: OrganizationUsersQuery, people: Person[]): Person[] {
  const sorted = q.sort_dir === 'desc' ? [...people].reverse() : people;
  const pins = q.pinned_ids ?? [];
  const rank = (p: Person) => {
    const at = pins.indexOf(p.row.user_account_id);
    return at === -1 ? pins.length : at;
  };
  return [...sorted].sort((a, b) => rank(a) - rank(b));
}
