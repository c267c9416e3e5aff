import type { WorkspaceRef } from '../../contract/index.ts';

/** Keys go from general to specific, so one call can invalidate a whole family. */
export const entryKeys = {
  all: (w: WorkspaceRef) => ['entries', w.organizationId, w.workspaceId] as const,
  lists: (w: WorkspaceRef) => [...entryKeys.all(w), 'list'] as const,
  taskList: (w: WorkspaceRef, taskId: number, query: object) =>
    [...entryKeys.lists(w), 'task', taskId, query] as const,
  workspaceList: (w: WorkspaceRef, query: object) => [...entryKeys.lists(w), 'workspace', query] as const,
  streams: (w: WorkspaceRef) => [...entryKeys.all(w), 'stream'] as const,
  stream: (w: WorkspaceRef, query: object) => [...entryKeys.streams(w), 'range', query] as const,
  timeBlocks: (w: WorkspaceRef, ids: readonly number[]) =>
    [...entryKeys.streams(w), 'time-blocks', ids] as const,
  details: (w: WorkspaceRef) => [...entryKeys.all(w), 'detail'] as const,
  detail: (w: WorkspaceRef, id: number) => [...entryKeys.details(w), id] as const,
};

export const taskKeys = {
  all: (w: WorkspaceRef) => ['tasks', w.organizationId, w.workspaceId] as const,
  list: (w: WorkspaceRef, query: object) => [...taskKeys.all(w), query] as const,
};

export const userKeys = {
  all: (organizationId: number) => ['users', organizationId] as const,
};
