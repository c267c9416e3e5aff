import {
  paths,
  timeEntry,
  type BulkCreateBody,
  type BulkPatchBody,
  type CreateEntryBody,
  type PatchEntryBody,
  type ReplaceEntryBody,
  type WorkspaceRef,
} from '../../../contract/index.ts';
import type { ApiClient } from '../client.ts';
import type { EntryRef } from './entry-ref.ts';

type Ids = readonly number[];

/**
 * The write endpoints, one request function each. The mutation hooks and the operations built on them
 * send every write through these; each resolves on a 2xx and rejects with an ApiError otherwise.
 */
export const entryRequests = {
  /** POST …/tasks/{task_id}/time-entries (or …/time-entries without a task): 201 with the new entry. */
  create: (client: ApiClient, w: WorkspaceRef, taskId: number | null, body: CreateEntryBody) =>
    client.request('POST', taskId === null ? paths.workspaceEntries(w) : paths.taskEntries(w, taskId), {
      body,
      schema: timeEntry,
    }),
  /** PUT …/time-entries/{id}: every editable field; absent optional ones are cleared. */
  replace: (client: ApiClient, w: WorkspaceRef, ref: EntryRef, body: ReplaceEntryBody) =>
    client.request('PUT', paths.entry(w, ref.task_id, ref.id), { body }),
  /** PATCH …/time-entries/{id}: only the fields sent. */
  patch: (client: ApiClient, w: WorkspaceRef, ref: EntryRef, patch: PatchEntryBody) =>
    client.request('PATCH', paths.entry(w, ref.task_id, ref.id), { body: patch }),
  /** DELETE …/time-entries/{id}: a soft delete. */
  delete: (client: ApiClient, w: WorkspaceRef, ref: EntryRef) =>
    client.request('DELETE', paths.entry(w, ref.task_id, ref.id)),
  archive: (client: ApiClient, w: WorkspaceRef, ref: EntryRef) =>
    client.request('POST', paths.archive(w, ref.task_id, ref.id)),
  unarchive: (client: ApiClient, w: WorkspaceRef, ref: EntryRef) =>
    client.request('POST', paths.unarchive(w, ref.task_id, ref.id)),
  restore: (client: ApiClient, w: WorkspaceRef, ref: EntryRef) =>
    client.request('PATCH', paths.restore(w, ref.task_id, ref.id)),
  /** The bulk endpoints take at most BULK_LIMIT items and apply all of them or none. */
  bulkCreate: (client: ApiClient, w: WorkspaceRef, items: BulkCreateBody) =>
    client.request('POST', paths.bulk(w), { body: items }),
  bulkPatch: (client: ApiClient, w: WorkspaceRef, items: BulkPatchBody) =>
    client.request('PATCH', paths.bulk(w), { body: items }),
  bulkDelete: (client: ApiClient, w: WorkspaceRef, ids: Ids) =>
    client.request('DELETE', paths.bulk(w), { query: { ids } }),
  bulkRestore: (client: ApiClient, w: WorkspaceRef, ids: Ids) =>
    client.request('PATCH', paths.bulkRestore(w), { query: { ids } }),
};
