import { MANAGE_TIME_ENTRIES, TRACK_TIME } from '../../contract/index.ts';
import type { MemberWorkspaceRow, OrganizationUserRow } from './store.ts';

/**
 * Focus role ids of the local API, one per kind of workspace member (the document names role types owner,
 * admin, manager and guest; a plain member is the last kind).
 */
export const FOCUS_ROLE = { owner: 1, admin: 2, manager: 3, member: 4 } as const;

/** The only product the local API knows people to use. */
export const PRODUCTS = ['focus'];

export const ACTIVE = 'active';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function focusRoleId(person: OrganizationUserRow, membership: MemberWorkspaceRow): number {
  if (person.role === 'owner') return FOCUS_ROLE.owner;
  if (person.role === 'admin') return FOCUS_ROLE.admin;
  return membership.manage_time_entries === 1 ? FOCUS_ROLE.manager : FOCUS_ROLE.member;
}

export interface UserAnswerOptions {
  /** Who asks: they may edit their own details, and an owner or admin anyone's. */
  caller: OrganizationUserRow | undefined;
  workingHours: boolean;
}

/** One person as `organization.OrganizationUserResponse`. */
export function organizationUserObject(
  person: OrganizationUserRow,
  memberships: readonly MemberWorkspaceRow[],
  options: UserAnswerOptions,
) {
  const admin = person.role !== 'member';
  const callerAdmin = options.caller !== undefined && options.caller.role !== 'member';
  const joined = iso(person.created_at);
  return {
    id: person.id,
    user_account_id: person.user_account_id,
    user_id: person.user_id,
    organization_id: person.organization_id,
    name: person.name,
    email: person.email,
    active: true,
    joined: true,
    invite_sent: false,
    admin,
    owner: person.role === 'owner',
    '2fa_enabled': false,
    account_locked_at: null,
    can_edit_personal_details: callerAdmin || options.caller?.id === person.id,
    created_at: joined,
    updated_at: joined,
    deleted_at: null,
    groups: [],
    tags: [],
    // The local API keeps no rates per person, and a working day of eight hours when asked for one.
    rate: null,
    working_hours: options.workingHours ? 8 : 0,
    permissions: Object.fromEntries(
      memberships.map((m) => [
        String(m.id),
        m.manage_time_entries === 1 ? [TRACK_TIME, MANAGE_TIME_ENTRIES] : [TRACK_TIME],
      ]),
    ),
    workspaces: memberships.map((m) => ({
      id: m.id,
      name: m.name,
      focus_role_id: focusRoleId(person, m),
      track_role_id: null,
      work_role_id: null,
      // Memberships have no id of their own here: one made of the workspace and the person, stable and unique.
      workspace_user_id: m.id * 100_000 + person.user_account_id,
      toggl_products: PRODUCTS,
      groups: [],
    })),
  };
}
