import { route, routeWithBody, streamRoute, type ApiRouter } from '../http/context.ts';
import {
  bulkCreateEntries,
  bulkDeleteEntries,
  bulkPatchEntries,
  bulkRestoreEntries,
} from './bulk-handlers.ts';
import {
  archiveEntry,
  createEntry,
  createTasklessEntry,
  deleteEntry,
  getEntry,
  listTaskEntries,
  patchEntry,
  replaceEntry,
  restoreEntry,
  unarchiveEntry,
} from './task-handlers.ts';
import {
  listWorkspaceEntries,
  streamTimeBlockEntries,
  streamWorkspaceEntries,
} from './workspace-handlers.ts';

const WS = '/organizations/{organization_id}/workspaces/{workspace_id}';
const TASK = `${WS}/tasks/{task_id}/time-entries`;
const ENTRY = `${TASK}/{time_entry_id}`;
const BY_ID = `${WS}/time-entries/{time_entry_id}`;

/**
 * The 16 time-entry operations of the reference, in its order; then what the public document adds for
 * taskless entries: a create without a task, and the single-entry operations by id alone.
 */
export function addTimeEntryRoutes(router: ApiRouter): void {
  router
    .add('GET', TASK, route(listTaskEntries))
    .add('POST', TASK, routeWithBody(createEntry))
    .add('GET', ENTRY, route(getEntry))
    .add('PUT', ENTRY, routeWithBody(replaceEntry))
    .add('DELETE', ENTRY, route(deleteEntry))
    .add('PATCH', ENTRY, routeWithBody(patchEntry))
    .add('POST', `${ENTRY}/archive`, route(archiveEntry))
    .add('PATCH', `${ENTRY}/restore`, route(restoreEntry))
    .add('POST', `${ENTRY}/unarchive`, route(unarchiveEntry))
    .add('GET', `${WS}/time-entries`, route(listWorkspaceEntries))
    .add('POST', `${WS}/time-entries/bulk`, routeWithBody(bulkCreateEntries))
    .add('DELETE', `${WS}/time-entries/bulk`, route(bulkDeleteEntries))
    .add('PATCH', `${WS}/time-entries/bulk`, routeWithBody(bulkPatchEntries))
    .add('PATCH', `${WS}/time-entries/bulk/restore`, route(bulkRestoreEntries))
    .add('GET', `${WS}/time-entries/stream`, streamRoute(streamWorkspaceEntries))
    .add('GET', `${WS}/time-entries/time-block-ids/stream`, streamRoute(streamTimeBlockEntries))
    .add('POST', `${WS}/time-entries`, routeWithBody(createTasklessEntry))
    .add('GET', BY_ID, route(getEntry))
    .add('PUT', BY_ID, routeWithBody(replaceEntry))
    .add('DELETE', BY_ID, route(deleteEntry))
    .add('PATCH', BY_ID, routeWithBody(patchEntry))
    .add('POST', `${BY_ID}/archive`, route(archiveEntry))
    .add('PATCH', `${BY_ID}/restore`, route(restoreEntry))
    .add('POST', `${BY_ID}/unarchive`, route(unarchiveEntry));
}
