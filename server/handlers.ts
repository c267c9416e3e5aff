import type { RouteHandlers } from './http/context.ts';
import { listOrganizationUsers } from './organizations/handlers.ts';
import { listTasks } from './tasks/handlers.ts';
import {
  bulkCreateEntries,
  bulkDeleteEntries,
  bulkPatchEntries,
  bulkRestoreEntries,
} from './time-entries/bulk-handlers.ts';
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
} from './time-entries/task-handlers.ts';
import {
  listWorkspaceEntries,
  streamTimeBlockEntries,
  streamWorkspaceEntries,
} from './time-entries/workspace-handlers.ts';

/** The handler of every route of the contract's table (ROUTES), by route name. */
export const HANDLERS: RouteHandlers = {
  listTaskEntries,
  createEntry,
  getEntry,
  replaceEntry,
  deleteEntry,
  patchEntry,
  archiveEntry,
  restoreEntry,
  unarchiveEntry,
  listWorkspaceEntries,
  bulkCreateEntries,
  bulkDeleteEntries,
  bulkPatchEntries,
  bulkRestoreEntries,
  streamWorkspaceEntries,
  streamTimeBlockEntries,
  listTasks,
  listOrganizationUsers,
  createTasklessEntry,
  // The same operations by id alone: the handlers take either path.
  getEntryById: getEntry,
  replaceEntryById: replaceEntry,
  deleteEntryById: deleteEntry,
  patchEntryById: patchEntry,
  archiveEntryById: archiveEntry,
  restoreEntryById: restoreEntry,
  unarchiveEntryById: unarchiveEntry,
};
