import { useQueryClient } from '@tanstack/react-query';
import type { TimeEntry } from '../../../contract/index.ts';
import { ApiError, entryOptions, entryStreamOptions, refOf, useApi } from '../../api/index.ts';
import { useCreateEntry, usePatchEntry, useReplaceEntry } from '../../api/writes.ts';
import {
  changedFields,
  conflictRows,
  hasConflict,
  isFullReplace,
  type ConflictRow,
  type EntryFields,
} from './entry-form-values.ts';

export type EditOutcome =
  { kind: 'saved' } | { kind: 'unchanged' } | { kind: 'conflict'; server: TimeEntry; rows: ConflictRow[] };

const DAY = 86_400_000;

/** Saving the form: POST for new entries; for edits a fresh GET, a conflict check, then PATCH or PUT. */
export function useSaveEntry() {
  const { client, workspace } = useApi();
  const qc = useQueryClient();
  const create = useCreateEntry();
  const patch = usePatchEntry();
  const replace = useReplaceEntry();

  /**
   * The entry as the server has it now. A 404 under the loaded task may mean someone moved it to another
   * task: look for it around its start before giving up, so their move shows up as a conflict. (An entry
   * without a task is read by its id alone, which finds it wherever it went.)
   */
  async function fetchCurrent(base: TimeEntry): Promise<TimeEntry> {
    try {
      const ref = refOf(base);
      return await qc.fetchQuery({ ...entryOptions(client, workspace, ref), staleTime: 0 });
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 404 || !base.start) throw error;
      const at = Date.parse(base.start);
      const range = {
        date_from: new Date(at - 2 * DAY).toISOString(),
        date_to: new Date(at + 2 * DAY).toISOString(),
        include_taskless: true,
      };
      const lists = await Promise.all(
        [false, true].map((archived) =>
          qc.fetchQuery({ ...entryStreamOptions(client, workspace, { ...range, archived }), staleTime: 0 }),
        ),
      );
      const found = lists.flat().find((e) => e.id === base.id);
      if (!found) {
        throw new ApiError({
          kind: 'http',
          status: 404,
          code: 'not_found',
          description:
            'This entry no longer exists: it was deleted, or moved where this form cannot find it.',
        });
      }
      return found;
    }
  }

  async function saveEdit(base: TimeEntry, next: EntryFields, force = false): Promise<EditOutcome> {
    const server = await fetchCurrent(base);
    if (!force && server.updated_at !== base.updated_at) {
      const rows = conflictRows(base, server, next);
      if (hasConflict(rows)) return { kind: 'conflict', server, rows };
    }
    // Diffed against the server's current copy: after "save anyway" this writes exactly what the form shows.
    const body = changedFields(server, next);
    if (Object.keys(body).length === 0) return { kind: 'unchanged' };
    const ref = refOf(server);
    if (isFullReplace(body)) {
      await replace.mutateAsync({
        entry: ref,
        body: {
          type: next.type,
          start: next.start,
          duration: next.duration,
          time_block_id: next.time_block_id,
        },
      });
    } else {
      await patch.mutateAsync({ entry: ref, patch: body });
    }
    return { kind: 'saved' };
  }

  async function saveNew(next: EntryFields): Promise<TimeEntry> {
    return create.mutateAsync({
      taskId: next.task_id,
      body: {
        type: next.type,
        start: next.start,
        duration: next.duration,
        time_block_id: next.time_block_id,
        ...(next.user_id === null ? {} : { user_id: next.user_id }),
      },
    });
  }

  return { saveEdit, saveNew };
}
