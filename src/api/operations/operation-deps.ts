import type { BulkCreateBody, BulkPatchBody } from '../../../contract/index.ts';
import type { EntryRef } from '../entries/entry-ref.ts';

export type PerEntryKind = 'archive' | 'unarchive';

/**
 * What the operations are built on. The bulk sends are the bulk endpoint hooks (one request of at most
 * 1,000 items each, keeping the cache in step); a per-entry run sends one request per entry and settles
 * the cache once at its end.
 */
export interface OperationDeps {
  /** Person and workspace, as identityOf() gives it: history and deleted log are kept per identity. */
  identity: string;
  bulkCreate: (items: BulkCreateBody) => Promise<unknown>;
  bulkPatch: (items: BulkPatchBody) => Promise<unknown>;
  bulkDelete: (ids: readonly number[]) => Promise<unknown>;
  bulkRestore: (ids: readonly number[]) => Promise<unknown>;
  /** One archive or unarchive request, leaving the cache alone. */
  sendPerEntry: (kind: PerEntryKind, ref: EntryRef) => Promise<unknown>;
  /** After a per-entry run: the lists and the details of the entries it changed are refetched. */
  settleRun: (ids: readonly number[]) => void;
}
