// @vitest-environment happy-dom
import { act, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths, timeEntry } from '../../../contract/index.ts';
import { ApiError } from '../api-error.ts';
import { createApiClient } from '../client.ts';
import { entryKeys, userKeys } from '../query-keys.ts';
import { createTestApi, moveWindowTo } from '../../testing/test-api.tsx';
import { basicOf, startTestServer, type DemoAccount, type TestServer } from '../../testing/test-server.ts';
import {
  ACTIVE,
  WS,
  failedWrite,
  finished,
  mountScreen,
  refOf,
  rowOf,
  watchCache,
} from '../../testing/entry-test-screen.tsx';

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

describe('useCreateEntry', () => {
  it('creates, puts the answer in its detail and refreshes the lists', async () => {
    const t = api();
    const { screen, target } = await mountScreen(t, finished(0));
    const listedAt = screen().active.dataUpdatedAt;
    const start = new Date(Date.now() - 3_600_000).toISOString().replace(/\.\d+Z$/, '.000Z');
    let created: Awaited<ReturnType<ReturnType<typeof screen>['create']['mutateAsync']>> | undefined;
    await act(async () => {
      created = await screen().create.mutateAsync({
        taskId: target.task_id ?? 0,
        body: { type: 'activity', start, duration: 1800 },
      });
    });
    expect(created).toMatchObject({ task_id: target.task_id, type: 'activity', duration: 1800 });
    expect(t.queryClient.getQueryData(entryKeys.detail(WS, created?.id ?? 0))).toEqual(created);
    await waitFor(() => expect(screen().active.data?.data.some((e) => e.id === created?.id)).toBe(true));
    expect(screen().active.dataUpdatedAt).toBeGreaterThan(listedAt);
    expect(t.queryClient.getQueryState(userKeys.all(1))?.isInvalidated).toBe(false);
  });

  it('fails with the API’s 400 and leaves the lists alone', async () => {
    const t = api();
    const { screen, target } = await mountScreen(t, finished(0));
    const listedAt = screen().active.dataUpdatedAt;
    const error = await failedWrite(() =>
      screen().create.mutateAsync({ taskId: target.task_id ?? 0, body: { type: 'activity', duration: -5 } }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation' });
    expect((error as ApiError).description).toContain('duration');
    expect(t.queryClient.getQueryState(listKey)?.isInvalidated).toBe(false);
    expect(screen().active.dataUpdatedAt).toBe(listedAt);
  });
});

describe('useReplaceEntry', () => {
  it('replaces every field, then refreshes the detail and the lists', async () => {
    const t = api();
    const { screen, target } = await mountScreen(t, finished(1));
    const detailAt = screen().detail.dataUpdatedAt;
    await act(() =>
      screen().replace.mutateAsync({
        entry: refOf(target),
        body: { type: 'break', start: target.start, duration: 600 },
      }),
    );
    await waitFor(() =>
      expect(screen().detail.data).toMatchObject({ type: 'break', duration: 600, time_block_id: null }),
    );
    expect(screen().detail.dataUpdatedAt).toBeGreaterThan(detailAt);
    await waitFor(() =>
      expect(rowOf(target.id)(screen().active.data)).toMatchObject({ type: 'break', duration: 600 }),
    );
  });

  it('fails with 404 when the entry is not under that task', async () => {
    const t = api();
    const { screen, target } = await mountScreen(t, finished(1));
    const error = await failedWrite(() =>
      screen().replace.mutateAsync({
        entry: { id: target.id, task_id: 999_999 },
        body: { type: 'activity' },
      }),
    );
    expect(error).toMatchObject({ status: 404, code: 'not_found' });
  });
});

describe('usePatchEntry', () => {
  it('shows the change in every cached copy before the server answers', async () => {
    const t = api();
    const { screen, target } = await mountScreen(t, finished(2));
    const next = (target.duration ?? 0) + 60;
    t.holdWrites();
    act(() => screen().patch.mutate({ entry: refOf(target), patch: { duration: next } }));
    await waitFor(() => expect(screen().detail.data?.duration).toBe(next));
    expect(rowOf(target.id)(screen().active.data)?.duration).toBe(next);
    expect(t.requests.some((r) => r.method === 'PATCH')).toBe(false);
    t.releaseWrites();
    await waitFor(() => expect(screen().patch.isSuccess).toBe(true));
    const stored = await direct().request('GET', paths.entry(WS, target.task_id ?? 0, target.id), {
      schema: timeEntry,
    });
    expect(stored.duration).toBe(next);
    expect(screen().detail.data).toEqual(stored);
  });

  it('rolls every copy back when the server refuses (400)', async () => {
    const t = api();
    const { screen, target } = await mountScreen(t, finished(3));
    const inDetail = watchCache(
      t.queryClient,
      entryKeys.detail(WS, target.id),
      (d) => (d as typeof target).duration,
    );
    const inList = watchCache(t.queryClient, listKey, (d) => rowOf(target.id)(d)?.duration);
    t.holdWrites();
    act(() => screen().patch.mutate({ entry: refOf(target), patch: { duration: -1 } }));
    await waitFor(() => expect(screen().detail.data?.duration).toBe(-1));
    // No refetch may come back before the rollback: the old values must be the rollback's doing.
    t.holdReads();
    t.releaseWrites();
    await waitFor(() => expect(screen().detail.data?.duration).toBe(target.duration));
    expect(rowOf(target.id)(screen().active.data)?.duration).toBe(target.duration);
    t.releaseReads();
    await waitFor(() => expect(screen().patch.isError).toBe(true));
    expect(screen().patch.error).toMatchObject({ status: 400, code: 'validation' });
    expect(inDetail).toEqual([target.duration, -1, target.duration]);
    expect(inList).toEqual([target.duration, -1, target.duration]);
  });

  it('rolls back an entry deleted elsewhere (404), and the lists drop it', async () => {
    const t = api();
    const { screen, target } = await mountScreen(t, finished(4));
    await direct().request('DELETE', paths.entry(WS, target.task_id ?? 0, target.id));
    const inList = watchCache(t.queryClient, listKey, (d) => {
      const row = rowOf(target.id)(d);
      return row ? row.start : 'gone';
    });
    const error = await failedWrite(() =>
      screen().patch.mutateAsync({ entry: refOf(target), patch: { start: null } }),
    );
    expect(error).toMatchObject({ status: 404, code: 'not_found' });
    // The refetch after the 404 is started by the mutation, not awaited by it.
    await waitFor(() => expect(inList).toEqual([target.start, null, target.start, 'gone']));
    expect(rowOf(target.id)(screen().active.data)).toBeUndefined();
  });

  it('fails with 403 for someone else’s entry as a member', async () => {
    const lead = api();
    const { target } = await mountScreen(lead, (rows) =>
      rows.find((e) => e.toggl_user_id !== 2 && e.task_id && e.duration != null),
    );
    const member = api('member');
    const { screen } = await mountScreen(member, finished(0));
    const error = await failedWrite(() =>
      screen().patch.mutateAsync({ entry: refOf(target), patch: { duration: 60 } }),
    );
    expect(error).toMatchObject({ status: 403, code: 'forbidden' });
  });
});
