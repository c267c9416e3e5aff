import { statement, type Db } from '../db/connection.ts';

export interface Credentials {
  id: number;
  password_hash: string | null;
  api_key_hash: string | null;
}

export interface Membership {
  manage_time_entries: number;
}

export function findUserByEmail(db: Db, email: string): Credentials | undefined {
  return statement<[string], Credentials>(
    db,
    'SELECT id, password_hash, api_key_hash FROM users WHERE email = ?',
  ).get(email);
}

export function findUserByApiKeyHash(db: Db, hash: string): Credentials | undefined {
  return statement<[string], Credentials>(
    db,
    'SELECT id, password_hash, api_key_hash FROM users WHERE api_key_hash = ?',
  ).get(hash);
}

/** The caller's membership of a workspace that belongs to the given organization. */
export function findMembership(
  db: Db,
  userId: number,
  organizationId: number,
  workspaceId: number,
): Membership | undefined {
  return statement<[number, number, number], Membership>(
    db,
    `SELECT m.manage_time_entries FROM workspace_members m
       JOIN workspaces w ON w.id = m.workspace_id
      WHERE m.user_id = ? AND w.organization_id = ? AND m.workspace_id = ?`,
  ).get(userId, organizationId, workspaceId);
}

export function isOrganizationUser(db: Db, userId: number, organizationId: number): boolean {
  return (
    statement<[number, number], { one: number }>(
      db,
      'SELECT 1 AS one FROM organization_users WHERE user_id = ? AND organization_id = ?',
    ).get(userId, organizationId) !== undefined
  );
}

export function isWorkspaceMember(db: Db, userId: number, workspaceId: number): boolean {
  return (
    statement<[number, number], { one: number }>(
      db,
      'SELECT 1 AS one FROM workspace_members WHERE user_id = ? AND workspace_id = ?',
    ).get(userId, workspaceId) !== undefined
  );
}
