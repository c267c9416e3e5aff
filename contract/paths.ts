import { ROUTES, WORKSPACE_PATTERN, buildPath } from './routes.ts';

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

/** The dashboard's URL builders below the API base, filled from the patterns of the route table (ROUTES). */
export const paths = {
  workspace: (w: WorkspaceRef) => buildPath(WORKSPACE_PATTERN, inWorkspace(w)),
  taskEntries: (w: WorkspaceRef, taskId: number) => buildPath(ROUTES.listTaskEntries.path, inTask(w, taskId)),
  /** An entry under its task, or by its id alone when it has none (a taskless entry). */
  entry: (w: WorkspaceRef, taskId: number | null, entryId: number) =>
    taskId === null
      ? buildPath(ROUTES.getEntryById.path, byId(w, entryId))
      : buildPath(ROUTES.getEntry.path, atEntry(w, taskId, entryId)),
  archive: (w: WorkspaceRef, taskId: number | null, entryId: number) =>
    taskId === null
      ? buildPath(ROUTES.archiveEntryById.path, byId(w, entryId))
      : buildPath(ROUTES.archiveEntry.path, atEntry(w, taskId, entryId)),
  unarchive: (w: WorkspaceRef, taskId: number | null, entryId: number) =>
    taskId === null
      ? buildPath(ROUTES.unarchiveEntryById.path, byId(w, entryId))
      : buildPath(ROUTES.unarchiveEntry.path, atEntry(w, taskId, entryId)),
  restore: (w: WorkspaceRef, taskId: number | null, entryId: number) =>
    taskId === null
      ? buildPath(ROUTES.restoreEntryById.path, byId(w, entryId))
      : buildPath(ROUTES.restoreEntry.path, atEntry(w, taskId, entryId)),
  workspaceEntries: (w: WorkspaceRef) => buildPath(ROUTES.listWorkspaceEntries.path, inWorkspace(w)),
  bulk: (w: WorkspaceRef) => buildPath(ROUTES.bulkPatchEntries.path, inWorkspace(w)),
  bulkRestore: (w: WorkspaceRef) => buildPath(ROUTES.bulkRestoreEntries.path, inWorkspace(w)),
  stream: (w: WorkspaceRef) => buildPath(ROUTES.streamWorkspaceEntries.path, inWorkspace(w)),
  timeBlockStream: (w: WorkspaceRef) => buildPath(ROUTES.streamTimeBlockEntries.path, inWorkspace(w)),
  tasks: (w: WorkspaceRef) => buildPath(ROUTES.listTasks.path, inWorkspace(w)),
  users: (organizationId: number) =>
    buildPath(ROUTES.listOrganizationUsers.path, { organization_id: organizationId }),
};
