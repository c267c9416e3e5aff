/** Paths of the Focus API below its `/api` base, shared by the server's router and the dashboard's client. */
export interface WorkspaceRef {
  organizationId: number;
  workspaceId: number;
}

export const paths = {
  workspace: (w: WorkspaceRef) => `/organizations/${w.organizationId}/workspaces/${w.workspaceId}`,
  taskEntries: (w: WorkspaceRef, taskId: number) => `${paths.workspace(w)}/tasks/${taskId}/time-entries`,
  /** An entry under its task, or by id alone when it has none (a taskless entry). */
  entry: (w: WorkspaceRef, taskId: number | null, entryId: number) =>
    taskId === null
      ? `${paths.workspaceEntries(w)}/${entryId}`
      : `${paths.taskEntries(w, taskId)}/${entryId}`,
  archive: (w: WorkspaceRef, taskId: number | null, entryId: number) =>
    `${paths.entry(w, taskId, entryId)}/archive`,
  unarchive: (w: WorkspaceRef, taskId: number | null, entryId: number) =>
    `${paths.entry(w, taskId, entryId)}/unarchive`,
  restore: (w: WorkspaceRef, taskId: number | null, entryId: number) =>
    `${paths.entry(w, taskId, entryId)}/restore`,
  workspaceEntries: (w: WorkspaceRef) => `${paths.workspace(w)}/time-entries`,
  bulk: (w: WorkspaceRef) => `${paths.workspace(w)}/time-entries/bulk`,
  bulkRestore: (w: WorkspaceRef) => `${paths.workspace(w)}/time-entries/bulk/restore`,
  stream: (w: WorkspaceRef) => `${paths.workspace(w)}/time-entries/stream`,
  timeBlockStream: (w: WorkspaceRef) => `${paths.workspace(w)}/time-entries/time-block-ids/stream`,
  tasks: (w: WorkspaceRef) => `${paths.workspace(w)}/tasks`,
  users: (organizationId: number) => `/organizations/${organizationId}/users`,
};
