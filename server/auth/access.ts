import type { Db } from '../db/connection.ts';
import { forbidden } from '../http/errors.ts';
import { findMembership, isOrganizationUser } from './store.ts';

/** What the caller may do in one workspace. */
export interface WorkspaceAccess {
  organizationId: number;
  workspaceId: number;
  userId: number;
  /** `manage_time_entries`: sees and changes every entry of the workspace. */
  canManage: boolean;
}

const MEMBERSHIP_TTL_MS = 60_000;
const MEMBERSHIP_CACHE_MAX = 10_000;
const memberships = new WeakMap<Db, Map<string, { canManage: boolean; expires: number }>>();

/**
 * The caller's access to a workspace, or 403. Memberships change rarely (no route changes them), so a
 * found one is remembered for a minute like the authentication is; every request needs it.
 */
export function requireWorkspace(
  db: Db,
  userId: number,
  organizationId: number,
  workspaceId: number,
): WorkspaceAccess {
  let cache = memberships.get(db);
  if (!cache) {
    cache = new Map();
    memberships.set(db, cache);
  }
  const key = `${userId}:${organizationId}:${workspaceId}`;
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && hit.expires > now) return { organizationId, workspaceId, userId, canManage: hit.canManage };

  const membership = findMembership(db, userId, organizationId, workspaceId);
  if (!membership) {
    cache.delete(key);
    throw forbidden(`You are not a member of workspace ${workspaceId} in organization ${organizationId}.`);
  }
  const canManage = membership.manage_time_entries === 1;
  if (cache.size >= MEMBERSHIP_CACHE_MAX) cache.clear();
  cache.set(key, { canManage, expires: now + MEMBERSHIP_TTL_MS });
  return { organizationId, workspaceId, userId, canManage };
}

export function requireOrganization(db: Db, userId: number, organizationId: number): void {
  if (!isOrganizationUser(db, userId, organizationId)) {
    throw forbidden(`You are not a member of organization ${organizationId}.`);
  }
}

/** Members see their own entries; managers see all of them. */
export function canTouch(access: WorkspaceAccess, entryUserId: number): boolean {
  return access.canManage || entryUserId === access.userId;
}
