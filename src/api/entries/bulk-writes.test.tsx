// @vitest-environment happy-dom
import { act, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths, timeEntryWithTaskPage, type TimeEntry } from '../../../contract/index.ts';
import { ApiError } from '../api-error.ts';
import { createApiClient } from '../client.ts';
import { entryKeys } from '../query-keys.ts';
import { createTestApi, moveWindowTo } from '../../testing/test-api.tsx';
import { basicOf, startTestServer, type DemoAccount, type TestServer } from '../../testing/test-server.ts';
import { ACTIVE, WS, failedWrite, finished, mountScreen, rowOf } from '../../testing/entry-test-screen.tsx';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  moveWindowTo(server.url);
});
afterAll(() => server.close());

const api = (who: DemoAccount = 'lead') =>
  createTestApi({ baseUrl: server.apiUrl, credentials: basicOf(who) });
const direct = () => createApiClient({ baseUrl: server.apiUrl, getCredentials: () => basicOf('lead') });
const listKey = entryKeys.workspaceList(WS, ACTIVE);
const ids = (rows: TimeEntry[]) => rows.map((e) => e.id);

/** The active entries as the server holds them now, read past any cache. */
async function serverRows(): Promise<TimeEntry[]> {
  const page = await direct().request('GET', paths.workspaceEntries(WS), {
    query: ACTIVE,
    schema: timeEntryWithTaskPage,
  });
  return page.data;
}

/** Entries n, n+1, … of the finished ones with a task. */
const several = (from: number, count: number) => (rows: TimeEntry[]) =>
  rows.filter((e) => e.task_id && e.duration != null && e.start).slice(from, from + count);

describe('useBulkCreateEntries', () => {
  it('creates them all and refreshes the lists', async () => {
    const t = api();
    const { screen, target } = await mountScreen(t, finished(20));
    const start = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
    const taskId = target.task_id ?? 0;
    await act(() =>
      screen().bulkCreate.mutateAsync([
        { task_id: taskId, type: 'activity', start: start(50), duration: 1234 },
        { task_id: taskId, type: 'break', start: start(40), duration: 1235 },
      ]),
    );
    await waitFor(() => {
      const mine = (screen().active.data?.data ?? []).filter((e) => e.task_id === taskId);
      expect(mine.map((e) => e.duration)).toEqual(expect.arrayContaining([1234, 1235]));
    });
  });

  it('creates none when one is refused, and leaves the lists alone', async () => {
    const t = api();
    const { screen, target } = await mountScreen(t, finished(20));
    const listedAt = screen().active.dataUpdatedAt;
    const error = await failedWrite(() =>
      screen().bulkCreate.mutateAsync([
        { task_id: target.task_id ?? 0, type: 'activity', start: target.start, duration: 4321 },
        { task_id: 999_999, type: 'activity', start: target.start, duration: 4322 },
      ]),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect([400, 404]).toContain((error as ApiError).status);
    expect(t.queryClient.getQueryState(listKey)?.isInvalidated).toBe(false);
    expect(screen().active.dataUpdatedAt).toBe(listedAt);
    expect((await serverRows()).some((e) => e.duration === 4321)).toBe(false);
  });
});

describe('useBulkPatchEntries', () => {
  it('patches them all and refreshes the lists and their details', async () => {
    const t = api();
    const { screen, target } = await mountScreen(t, finished(21));
    const [other] = several(22, 1)(screen().active.data?.data ?? []);
    if (!other) throw new Error('not enough entries');
    await act(() =>
      screen().bulkPatch.mutateAsync([
        { id: target.id, duration: 777 },
        { id: other.id, duration: 778 },
      ]),
    );
    await waitFor(() => expect(screen().detail.data?.duration).toBe(777));
    await waitFor(() => expect(rowOf(other.id)(screen().active.data)?.duration).toBe(778));
  });

  it('changes nothing when one id is someone else’s (403), and names it', async () => {
    const lead = api();
    const { target: theirs } = await mountScreen(lead, (rows) =>
      rows.find((e) => e.toggl_user_id !== 2 && e.task_id && e.duration != null),
    );
    const member = api('member');
    const { screen, target: mine } = await mountScreen(member, finished(0));
    const error = await failedWrite(() =>
      screen().bulkPatch.mutateAsync([
        { id: mine.id, duration: 999 },
        { id: theirs.id, duration: 999 },
      ]),
    );
    expect(error).toMatchObject({ status: 403, code: 'forbidden' });
    expect((error as ApiError).ids).toContain(theirs.id);
    expect((await serverRows()).find((e) => e.id === mine.id)?.duration).toBe(mine.duration);
  });
});

describe('useBulkDeleteEntries', () => {
  it('deletes them all: out of the lists, details marked without a refetch', async () => {
    const t = api();
    const { screen, target } = await mountScreen(t, finished(23));
    const [other] = several(24, 1)(screen().active.data?.data ?? []);
    if (!other) throw new Error('not enough entries');
    await act(() => screen().bulkDelete.mutateAsync([target.id, other.id]));
    await waitFor(() => expect(ids(screen().active.data?.data ?? [])).not.toContain(other.id));
    expect(ids(screen().active.data?.data ?? [])).not.toContain(target.id);
    expect(screen().detail.data?.deleted_at).toBeTruthy();
    expect(screen().detail.isError).toBe(false);
  });

  it('deletes none when one id is unknown (404), and names it', async () => {
    const t = api();
    const { screen, target } = await mountScreen(t, finished(25));
    const error = await failedWrite(() => screen().bulkDelete.mutateAsync([target.id, 99_999_999]));
    expect(error).toMatchObject({ status: 404, code: 'not_found' });
    expect((error as ApiError).ids).toEqual([99_999_999]);
    expect(ids(await serverRows())).toContain(target.id);
    expect(ids(screen().active.data?.data ?? [])).toContain(target.id);
  });
});

describe('useBulkRestoreEntries', () => {
  it('restores them all into the lists and their details', async () => {
    const t = api();
    const { screen, target } = await mountScreen(t, finished(26));
    const [other] = several(27, 1)(screen().active.data?.data ?? []);
    if (!other) throw new Error('not enough entries');
    await direct().request('DELETE', paths.bulk(WS), { query: { ids: [target.id, other.id] } });
    await act(() => screen().bulkRestore.mutateAsync([target.id, other.id]));
    await waitFor(() =>
      expect(ids(screen().active.data?.data ?? [])).toEqual(expect.arrayContaining([target.id, other.id])),
    );
    expect(screen().detail.data?.deleted_at).toBeNull();
  });

  it('restores none when one id is unknown (404)', async () => {
    const t = api();
    const { screen, target } = await mountScreen(t, finished(28));
    await direct().request('DELETE', paths.entry(WS, target.task_id ?? 0, target.id));
    const error = await failedWrite(() => screen().bulkRestore.mutateAsync([target.id, 99_999_999]));
    expect(error).toMatchObject({ status: 404, code: 'not_found' });
    expect(ids(await serverRows())).not.toContain(target.id);
  });
});
