// The write road: one hook per write endpoint and the operations built on them (bulk runs, undo, the
// History and Recently deleted records they keep; index.ts exports the hooks that read those). A barrel of its own, apart from index.ts, so that the screens that only read do not
// carry it: it comes with the first form, dialog or action that writes.
export * from './entries/use-create-entry.ts';
export * from './entries/use-replace-entry.ts';
export * from './entries/use-patch-entry.ts';
export * from './entries/use-delete-entry.ts';
export * from './entries/use-archive-entry.ts';
export * from './entries/use-unarchive-entry.ts';
export * from './entries/use-restore-entry.ts';
export * from './entries/use-bulk-create-entries.ts';
export * from './entries/use-bulk-delete-entries.ts';
export * from './entries/use-bulk-patch-entries.ts';
export * from './entries/use-bulk-restore-entries.ts';
export { useEntryOperations, type EntryOperations } from './operations/use-entry-operations.ts';
export { canUndo, type UndoResult } from './operations/undo.ts';
