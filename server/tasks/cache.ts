import { statement, type Db } from '../db/connection.ts';
import { embeddedTaskJson } from './serialize.ts';

/** Task JSON by task id, UTF-8 encoded once so each entry row only copies bytes. */
export type TaskBytes = ReadonlyMap<number, Uint8Array>;

interface CacheEntry {
  version: number;
  bytes: TaskBytes;
}

/** Keyed by database file, so the main connection and stream readers share one cache. */
const caches = new Map<string, Map<string, CacheEntry>>();

/**
 * Embedded-task JSON for every task of a workspace, rebuilt only when `catalog_version` moved (triggers bump
 * it on any change to tasks, projects, clients, statuses or tags), so a page of entries costs one tiny query
 * instead of a join and a JSON.stringify per task. Projects say what the caller may do (`permissions`),
 * so there is one copy for managers and one for members.
 */
export function workspaceTaskBytes(db: Db, workspaceId: number, canManage: boolean): TaskBytes {
  const version =
    statement<[], { version: number }>(db, 'SELECT version FROM catalog_version WHERE id = 1').get()
      ?.version ?? 0;
  let byWorkspace = caches.get(db.name);
  if (!byWorkspace) {
    byWorkspace = new Map();
    caches.set(db.name, byWorkspace);
  }
  const key = `${workspaceId}:${canManage ? 'manage' : 'member'}`;
  const hit = byWorkspace.get(key);
  if (hit && hit.version === version) return hit.bytes;
  const bytes = new Map(
    [...embeddedTaskJson(db, workspaceId, canManage)].map(([id, json]) => [id, Buffer.from(json)]),
  );
  byWorkspace.set(key, { version, bytes });
  return bytes;
}
