// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { paths, timeEntryStream, type TimeEntryWithTask } from '../../../contract/index.ts';
import { planBulkEdit } from '../../lib/bulk-plan.ts';
import { createTestApi, moveWindowTo } from '../../testing/test-api.tsx';
import {
  DEMO_ACCOUNTS,
  basicOf,
  startTestServer,
  type DemoAccount,
  type TestServer,
} from '../../testing/test-server.ts';
import { describeFailure } from '../api-error.ts';
import { createApiClient } from '../client.ts';
import { useWorkspaceEntries } from '../entries/use-workspace-entries.ts';
import { listHistory } from './bulk-history.ts';
import { listDeleted } from './deleted-log.ts';
import { useEntryOperations } from './use-entry-operations.ts';

const WS = { organizationId: 1, workspaceId: 1 };
const ALL_TIME = { date_from: '2000-01-01T00:00:00Z', date_to: '2100-01-01T00:00:00Z' };
const identityOf = (who: DemoAccount) => `basic:${DEMO_ACCOUNTS[who].email}@1/1`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  moveWindowTo(server.url);
});
afterAll(() => server.close());
beforeEach(() => localStorage.clear());

const direct = (who: DemoAccount = 'lead') =>
  createApiClient({ baseUrl: server.apiUrl, getCredentials: () => basicOf(who) });

/** The active entries with a task and a duration, as the server holds them now. */
async function serverEntries(who: DemoAccount = 'lead'): Promise<TimeEntryWithTask[]> {
  const rows = await direct(who).request('GET', paths.stream(WS), {
    query: ALL_TIME,
    schema: timeEntryStream,
  });
  return rows.filter((e) => e.task_id && e.duration != null && e.start);
}

/** The operations, and a list on screen, as a signed-in person has them. */
function mount(who: DemoAccount = 'lead') {
  const t = createTestApi({ baseUrl: server.apiUrl, credentials: basicOf(who) });
  const view = renderHook(
    () => ({ ops: useEntryOperations(), list: useWorkspaceEntries({ ...ALL_TIME, per_page: 100 }) }),
    { wrapper: t.wrapper },
  );
  return { t, ops: () => view.result.current.ops, list: () => view.result.current.list };
}

const idsSent = (url: string) => new URL(url).searchParams.get('ids')?.split(',').length ?? 0;

describe('entry operations', () => {
  it('deletes in requests of at most 1,000, keeps snapshots for Recently deleted and a history record', async () => {
    const { t, ops, list } = mount();
    await waitFor(() => expect(list().isSuccess).toBe(true));
    const rows = (await serverEntries()).slice(0, 1200);
    expect(rows).toHaveLength(1200);

    const result = await act(() => ops().deleteEntries(rows));
    const deletes = t.requests.filter((r) => r.method === 'DELETE');
    expect(deletes.map((r) => idsSent(r.url))).toEqual([1000, 200]);
    expect(result.done).toHaveLength(1200);
    expect(listDeleted(identityOf('lead'))).toHaveLength(1200);
    expect(listHistory(identityOf('lead'))[0]).toMatchObject({
      kind: 'delete',
      summary: 'Deleted 1,200 entries',
      failed: 0,
    });
    // The list on screen is refreshed: none of the deleted entries is left in it.
    const gone = new Set(rows.map((r) => r.id));
    await waitFor(() => expect(list().data?.data.some((e) => gone.has(e.id))).toBe(false));

    const undo = await act(() => ops().undo(result.historyId ?? ''));
    expect(undo).toEqual({ done: 1200, failures: [] });
    expect(t.requests.filter((r) => r.method === 'PATCH').map((r) => idsSent(r.url))).toEqual([1000, 200]);
    expect(listDeleted(identityOf('lead'))).toEqual([]);
    expect(listHistory(identityOf('lead'))[0]?.undoneAt).toBeTruthy();
    expect((await serverEntries()).filter((e) => gone.has(e.id))).toHaveLength(1200);
  });

  it('records old values of a patch and puts them back on undo', async () => {
    const { ops } = mount();
    const [a, b] = (await serverEntries()).filter((e) => e.duration !== 60).slice(1300, 1302);
    if (!a || !b) throw new Error('not enough entries');
    const durations = async () => {
      const now = new Map((await serverEntries()).map((e) => [e.id, e.duration] as const));
      return [now.get(a.id), now.get(b.id)];
    };
    const plan = planBulkEdit([a, b], { duration: 60 });
    const result = await act(() => ops().patchEntries(plan, 'Set duration to 0:01'));
    expect(result.done).toHaveLength(2);
    expect(await durations()).toEqual([60, 60]);
    expect(listHistory(identityOf('lead'))[0]?.items.map((i) => i.before)).toEqual([
      { duration: a.duration },
      { duration: b.duration },
    ]);
    await act(() => ops().undo(result.historyId ?? ''));
    expect(await durations()).toEqual([a.duration, b.duration]);
  });

  it('names the entries of a refused request with the API’s words, and keeps only the rest in history', async () => {
    const { ops } = mount('member');
    const mine = await serverEntries('member');
    const theirs = (await serverEntries('lead')).find((e) => e.toggl_user_id !== DEMO_ACCOUNTS.member.userId);
    const [first, last] = mine;
    if (!first || !last || !theirs) throw new Error('not enough entries');
    const results = await act(() => ops().runPerEntry('archive', [first, theirs, last]));
    const failed = results.filter((r) => !r.ok);
    expect(failed.map((r) => [r.item.id, describeFailure(!r.ok && r.error)])).toEqual([
      [theirs.id, expect.stringMatching(/belongs to someone else/)],
    ]);
    const id = ops().recordRun('archive', results, null);
    expect(listHistory(identityOf('member'))[0]).toMatchObject({ summary: 'Archived 2 entries', failed: 1 });
    // A successful retry of the one that failed joins the same record.
    ops().recordRun('archive', [{ item: theirs, ok: true, value: undefined }], id);
    expect(listHistory(identityOf('member'))[0]).toMatchObject({ summary: 'Archived 3 entries', failed: 0 });
    expect(listHistory(identityOf('member'))).toHaveLength(1);
  });
});
