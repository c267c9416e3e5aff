import { ROUTE_PATHS, WORKSPACE_PATTERN, buildPath } from './route-paths.ts';

/** Which workspace a request is about. */
export interface WorkspaceRef {
  organizationId: number;
  workspaceId: number;
}

const inWorkspace = (w: WorkspaceRef) => ({ organization_id: w.organizationId, workspace_id: w.workspaceId });
const inTask = (w: WorkspaceRef, taskId: number) => ({ ...inWorkspace(w), task_id: taskId });
const atEntry = (w: WorkspaceRef, taskId: number, entryId: number) => ({
  ...inTask(w, taskId),
  time_entry_id: entryId,
});
const byId = (w: WorkspaceRef, entryId: number) => ({ ...inWorkspace(w), time_entry_id: entryId });

/** The dashboard's URL builders below the API base, filled from the patterns of the route table (ROUTE_PATHS). */
export const paths = {
  workspace: (w: WorkspaceRef) => buildPath(WORKSPACE_PATTERN, inWorkspace(w)),
  taskEntries: (w: WorkspaceRef, taskId: number) => buildPath(ROUTE_PATHS.listTaskEntries, inTask(w, taskId)),
  /** An entry under its task, or by its id alone when it has none (a taskless entry). */
  entry: (w: WorkspaceRef, taskId: number | null, entryId: number) =>
    taskId === null
      ? buildPath(ROUTE_PATHS.getEntryById, byId(w, entryId))
      : buildPath(ROUTE_PATHS.getEntry, atEntry(w, taskId, entryId)),
  archive: (w: WorkspaceRef, taskId: number | null, entryId: number) =>
    taskId === null
      ? buildPath(ROUTE_PATHS.archiveEntryById, byId(w, entryId))
      : buildPath(ROUTE_PATHS.archiveEntry, atEntry(w, taskId, entryId)),
  unarchive: (w: WorkspaceRef, taskId: number | null, entryId: number) =>
    taskId === null
      ? buildPath(ROUTE_PATHS.unarchiveEntryById, byId(w, entryId))
      : buildPath(ROUTE_PATHS.unarchiveEntry, atEntry(w, taskId, entryId)),
  restore: (w: WorkspaceRef, taskId: number | null, entryId: number) =>
    taskId === null
      ? buildPath(ROUTE_PATHS.restoreEntryById, byId(w, entryId))
      : buildPath(ROUTE_PATHS.restoreEntry, atEntry(w, taskId, entryId)),
  workspaceEntries: (w: WorkspaceRef) => buildPath(ROUTE_PATHS.listWorkspaceEntries, inWorkspace(w)),
  bulk: (w: WorkspaceRef) => buildPath(ROUTE_PATHS.bulkPatchEntries, inWorkspace(w)),
  bulkRestore: (w: WorkspaceRef) => buildPath(ROUTE_PATHS.bulkRestoreEntries, inWorkspace(w)),
  stream: (w: WorkspaceRef) => buildPath(ROUTE_PATHS.streamWorkspaceEntries, inWorkspace(w)),
  timeBlockStream: (w: WorkspaceRef) => buildPath(ROUTE_PATHS.streamTimeBlockEntries, inWorkspace(w)),
  tasks: (w: WorkspaceRef) => buildPath(ROUTE_PATHS.listTasks, inWorkspace(w)),
  users: (organizationId: number) =>
    buildPath(ROUTE_PATHS.listOrganizationUsers, { organization_id: organizationId }),
};
