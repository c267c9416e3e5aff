import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { BulkCreateBody, TimeEntry, TimeEntryWithTask } from '../../../contract/index.ts';
import type { PlannedChange } from '../../lib/bulk-plan.ts';
import { useApi, useIdentity } from '../api-context.tsx';
import { invalidateEntries } from '../entries/cache.ts';
import { refOf } from '../entries/entry-ref.ts';
import { entryRequests } from '../entries/entry-requests.ts';
import { useBulkCreateEntries } from '../entries/use-bulk-create-entries.ts';
import { useBulkDeleteEntries } from '../entries/use-bulk-delete-entries.ts';
import { useBulkPatchEntries } from '../entries/use-bulk-patch-entries.ts';
import { useBulkRestoreEntries } from '../entries/use-bulk-restore-entries.ts';
import { useDeleteEntry } from '../entries/use-delete-entry.ts';
import { useRestoreEntry } from '../entries/use-restore-entry.ts';
import { listHistory } from './bulk-history.ts';
import { createEntries, deleteEntries, patchEntries, restoreEntries } from './bulk-operations.ts';
import { forgetRestored, recordDeleted } from './deleted-log.ts';
import { recordRun, runPerEntry, type RunOptions } from './entry-runs.ts';
import type { OperationDeps, PerEntryKind } from './operation-deps.ts';
import type { PoolResult } from './run-pool.ts';
import { canUndo, undoRecord } from './undo.ts';

type Addressable = Pick<TimeEntry, 'id' | 'task_id'>;

/**
 * The writes that take more than one request or keep local records, for the signed-in person and
 * workspace: bulk delete, restore, edit and duplicate (split at the API's limit, through the bulk hooks),
 * archive and unarchive runs, single delete and restore with the deleted log, and undo from the history.
 */
export function useEntryOperations() {
  const { client, workspace } = useApi();
  const { organizationId, workspaceId } = workspace;
  const qc = useQueryClient();
  const identity = useIdentity();
  const { mutateAsync: bulkCreate } = useBulkCreateEntries();
  const { mutateAsync: bulkPatch } = useBulkPatchEntries();
  const { mutateAsync: bulkDelete } = useBulkDeleteEntries();
  const { mutateAsync: bulkRestore } = useBulkRestoreEntries();
  const { mutateAsync: deleteOne } = useDeleteEntry();
  const { mutateAsync: restoreOne } = useRestoreEntry();

  return useMemo(() => {
    const w = { organizationId, workspaceId };
    const deps: OperationDeps = {
      identity,
      bulkCreate,
      bulkPatch,
      bulkDelete,
      bulkRestore,
      sendPerEntry: (kind, ref) => entryRequests[kind](client, w, ref),
      settleRun: (ids) => invalidateEntries(qc, w, ids),
    };
    return {
      identity,
      deleteEntries: (rows: readonly TimeEntryWithTask[]) => deleteEntries(deps, rows),
      restoreEntries: (ids: readonly number[], options?: { record?: boolean }) =>
        restoreEntries(deps, ids, options),
      patchEntries: (plan: readonly PlannedChange[], summary: string) => patchEntries(deps, plan, summary),
      createEntries: (items: BulkCreateBody, summary: string) => createEntries(deps, items, summary),
      runPerEntry: <E extends Addressable>(kind: PerEntryKind, rows: readonly E[], options?: RunOptions) =>
        runPerEntry(deps, kind, rows, options),
      recordRun: (
        kind: PerEntryKind,
        results: readonly PoolResult<Addressable, unknown>[],
        existing: string | null,
      ) => recordRun(deps, kind, results, existing),
      /** Undoes the history record `id`; null when it is gone or was undone already. */
      undo: async (id: string) => {
        const record = listHistory(identity).find((r) => r.id === id);
        return record && canUndo(record) ? undoRecord(deps, record) : null;
      },
      /** One delete, listed under Recently deleted before the answer so it is never missed. */
      deleteEntry: async (entry: TimeEntryWithTask) => {
        recordDeleted(identity, [entry]);
        try {
          await deleteOne({ entry: refOf(entry) });
        } catch (error) {
          forgetRestored(identity, [entry.id]);
          throw error;
        }
      },
      restoreEntry: async (entry: Addressable) => {
        await restoreOne({ entry: refOf(entry) });
        forgetRestored(identity, [entry.id]);
      },
    };
  }, [
    client,
    qc,
    organizationId,
    workspaceId,
    identity,
    bulkCreate,
    bulkPatch,
    bulkDelete,
    bulkRestore,
    deleteOne,
    restoreOne,
  ]);
}

export type EntryOperations = ReturnType<typeof useEntryOperations>;
