export * from './api-error.ts';
export * from './credentials.ts';
export * from './client.ts';
export * from './session-store.ts';
export * from './query-client.ts';
export * from './query-keys.ts';
export * from './api-context.tsx';
export * from './verify-session.ts';
export * from './quota-wait.ts';
export { refOf, type EntryRef } from './entries/entry-ref.ts';
export * from './entries/use-task-entries.ts';
export * from './entries/use-create-entry.ts';
export * from './entries/use-entry.ts';
export * from './entries/use-replace-entry.ts';
export * from './entries/use-patch-entry.ts';
export * from './entries/use-delete-entry.ts';
export * from './entries/use-archive-entry.ts';
export * from './entries/use-unarchive-entry.ts';
export * from './entries/use-restore-entry.ts';
export * from './entries/use-workspace-entries.ts';
export * from './entries/use-bulk-create-entries.ts';
export * from './entries/use-bulk-delete-entries.ts';
export * from './entries/use-bulk-patch-entries.ts';
export * from './entries/use-bulk-restore-entries.ts';
export * from './entries/use-entry-stream.ts';
export * from './entries/use-time-block-entries.ts';
export * from './supporting/use-tasks.ts';
export * from './supporting/use-users.ts';
export * from './browser-storage.ts';
export * from './supporting/use-people.ts';
export {
  permissionsIn,
  useWorkspacePermissions,
  type WorkspacePermissions,
} from './supporting/use-workspace-permissions.ts';
export * from './supporting/use-permissions.ts';
export { useEntryOperations, type EntryOperations } from './operations/use-entry-operations.ts';
export type { OperationResult } from './operations/bulk-operations.ts';
export type { PerEntryKind } from './operations/operation-deps.ts';
export { canUndo, type UndoResult } from './operations/undo.ts';
export { useHistory, type HistoryKind, type HistoryRecord } from './operations/bulk-history.ts';
export { useDeletedLog, type DeletedRecord } from './operations/deleted-log.ts';
export type { PoolProgress } from './operations/run-pool.ts';
