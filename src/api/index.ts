export * from './api-error.ts';
export * from './credentials.ts';
export * from './client.ts';
export * from './session-store.ts';
export * from './query-client.ts';
export * from './query-keys.ts';
export * from './api-context.tsx';
export * from './verify-session.ts';
export * from './quota-wait.ts';
// The write road (the mutation hooks and the operations built on them) is in writes.ts: it loads with the
// first form, dialog or action that writes, not with the screens that only read.
export { refOf, type EntryRef } from './entries/entry-ref.ts';
export * from './entries/use-task-entries.ts';
export * from './entries/use-entry.ts';
export * from './entries/use-workspace-entries.ts';
export * from './entries/use-entry-stream.ts';
export * from './entries/use-time-block-entries.ts';
export * from './supporting/use-tasks.ts';
export * from './supporting/use-users.ts';
export * from './browser-storage.ts';
export * from './supporting/use-people.ts';
export * from './supporting/use-permissions.ts';
export type { OperationResult } from './operations/bulk-operations.ts';
export type { PerEntryKind } from './operations/operation-deps.ts';
// Read by Sign out on every screen (what signing out would clear); the records are written by the write road.
export { useHistory, type HistoryKind, type HistoryRecord } from './operations/bulk-history.ts';
export { useDeletedLog, type DeletedRecord } from './operations/deleted-log.ts';
export type { PoolProgress } from './operations/run-pool.ts';
