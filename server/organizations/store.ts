import { statement, type Db } from '../db/connection.ts';

export interface OrganizationUserRow {
  id: number;
  user_account_id: number;
  user_id: string;
  name: string;
  email: string;
  organization_id: number;
  role: 'owner' | 'admin' | 'member';
  created_at: number | null;
}

export interface MemberWorkspaceRow {
  user_id: number;
  id: number;
  name: string;
  manage_time_entries: number;
}

export function findOrganizationUsers(db: Db, organizationId: number): OrganizationUserRow[] {
  return statement<[number], OrganizationUserRow>(
    db,
    `SELECT ou.id, u.id AS user_account_id, u.uid AS user_id, u.name, u.email, ou.organization_id, ou.role,
            ou.created_at
       FROM organization_users ou JOIN users u ON u.id = ou.user_id
      WHERE ou.organization_id = ? ORDER BY u.name COLLATE NOCASE, u.id`,
  ).all(organizationId);
}

export function findMemberWorkspaces(db: Db, organizationId: number): MemberWorkspaceRow[] {
  return statement<[number], MemberWorkspaceRow>(
    db,
    `SELECT m.user_id, w.id, w.name, m.manage_time_entries
       FROM workspace_members m JOIN workspaces w ON w.id = m.workspace_id
      WHERE w.organization_id = ? ORDER BY w.id`,
  ).all(organizationId);
}
