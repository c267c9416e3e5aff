// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { TimeEntryWithTask } from '../../contract/index.ts';
import { listHistory } from './bulk-history.ts';
import { planBulkEdit } from './bulk-plan.ts';
import { listDeleted } from './deleted-log.ts';
import {
  deleteEntries,
  describeFailure,
  patchEntries,
  recordRun,
  runPerEntry,
  undoRecord,
  type OperationDeps,
} from './entry-operations.ts';

const identity = 'basic:lead@example.com@1/1';
const entry = (id: number): TimeEntryWithTask => ({
  id,
  workspace_id: 1,
  toggl_user_id: 4,
  task_id: 9,
  type: 'activity',
  start: '2026-08-10T07:00:00Z',
  duration: 3600,
  created_at: '2026-08-10T08:00:00Z',
});

/** Records the requests an operation makes; `refuse` makes matching requests fail as the API would. */
function fakeDeps(refuse: (path: string, options: unknown) => string | null = () => null) {
  const calls: { method: string; path: string; options: unknown }[] = [];
  let refreshed = 0;
  const deps: OperationDeps = {
    identity,
    workspace: { organizationId: 1, workspaceId: 1 },
    refresh: () => (refreshed += 1),
    request: async (method, path, options) => {
      calls.push({ method, path, options });
      const refusal = refuse(path, options);
      if (refusal) throw Object.assign(new Error(refusal), { description: refusal, ids: [] });
    },
  };
  return { deps, calls, refreshed: () => refreshed };
}

describe('entry operations', () => {
  beforeEach(() => localStorage.clear());

  it('deletes in requests of at most 1,000, keeps snapshots for Recently deleted and a history record', async () => {
    const { deps, calls, refreshed } = fakeDeps();
    const rows = Array.from({ length: 1200 }, (_, i) => entry(i + 1));
    const result = await deleteEntries(deps, rows);
    expect(
      calls.map((c) => [c.method, (c.options as { query: { ids: number[] } }).query.ids.length]),
    ).toEqual([
      ['DELETE', 1000],
      ['DELETE', 200],
    ]);
    expect(result.done).toHaveLength(1200);
    expect(listDeleted(identity)).toHaveLength(1200);
    expect(listHistory(identity)[0]).toMatchObject({
      kind: 'delete',
      summary: 'Deleted 1,200 entries',
      failed: 0,
    });
    expect(refreshed()).toBe(1);

    const undo = await undoRecord(deps, listHistory(identity)[0]!);
    expect(undo).toEqual({ done: 1200, failures: [] });
    expect(calls.slice(2).map((c) => c.method)).toEqual(['PATCH', 'PATCH']);
    expect(listDeleted(identity)).toEqual([]);
    expect(listHistory(identity)[0]?.undoneAt).toBeTruthy();
  });

  it('records old values of a patch and puts them back on undo', async () => {
    const { deps, calls } = fakeDeps();
    const plan = planBulkEdit([entry(1), entry(2)], { duration: 60 });
    await patchEntries(deps, plan, 'Set duration to 0:01');
    expect(calls[0]?.options).toEqual({
      body: [
        { id: 1, duration: 60 },
        { id: 2, duration: 60 },
      ],
    });
    await undoRecord(deps, listHistory(identity)[0]!);
    expect(calls[1]?.options).toEqual({
      body: [
        { id: 1, duration: 3600 },
        { id: 2, duration: 3600 },
      ],
    });
  });

  it('names the entries of a refused request with the API’s words, and keeps only the rest in history', async () => {
    const { deps } = fakeDeps((path) => (path.endsWith('/5/archive') ? 'time entry 5 is locked' : null));
    const results = await runPerEntry(deps, 'archive', [entry(4), entry(5), entry(6)]);
    const failed = results.filter((r) => !r.ok);
    expect(failed.map((r) => [r.item.id, describeFailure(!r.ok && r.error)])).toEqual([
      [5, 'time entry 5 is locked'],
    ]);
    const id = recordRun(deps, 'archive', results, null);
    expect(listHistory(identity)[0]).toMatchObject({ summary: 'Archived 2 entries', failed: 1 });
    // A successful retry of the one that failed joins the same record.
    recordRun(deps, 'archive', [{ item: entry(5), ok: true, value: undefined }], id);
    expect(listHistory(identity)[0]).toMatchObject({ summary: 'Archived 3 entries', failed: 0 });
    expect(listHistory(identity)).toHaveLength(1);
  });
});
