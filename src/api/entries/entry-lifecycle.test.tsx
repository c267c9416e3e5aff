// @vitest-environment happy-dom
import { act, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths, timeEntry } from '../../../contract/index.ts';
import { createApiClient } from '../client.ts';
import { entryKeys } from '../query-keys.ts';
import { createTestApi, moveWindowTo } from '../../testing/test-api.tsx';
import { basicOf, startTestServer, type TestServer } from '../../testing/test-server.ts';
import {
  ACTIVE,
  WS,
  failedWrite,
  failureOf,
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

const api = () => createTestApi({ baseUrl: server.apiUrl, credentials: basicOf('lead') });
const direct = () => createApiClient({ baseUrl: server.apiUrl, getCredentials: () => basicOf('lead') });
const activeKey = entryKeys.workspaceList(WS, ACTIVE);
const has = (id: number) => (d: unknown) => rowOf(id)(d) !== undefined;
const detailGets = (t: ReturnType<typeof api>, id: number) =>
  t.requests.filter((r) => r.method === 'GET' && r.url.endsWith(`/time-entries/${id}`)).length;

describe('useDeleteEntry', () => {
  it('takes the row out at once, marks the detail deleted, and refreshes the lists', async () => {
    const t = api();
    const { screen, target } = await mountScreen(t, finished(10));
    const detailFetches = detailGets(t, target.id);
    t.holdWrites();
    act(() => screen().remove.mutate({ entry: refOf(target) }));
    await waitFor(() => expect(rowOf(target.id)(screen().active.data)).toBeUndefined());
    expect(screen().detail.data?.deleted_at).toBeTruthy();
    t.releaseWrites();
    await waitFor(() => expect(screen().remove.isSuccess).toBe(true));
    expect(rowOf(target.id)(screen().active.data)).toBeUndefined();
    // The detail is not fetched again: the API would only answer 404 for a deleted entry.
    expect(screen().detail.data?.deleted_at).toBeTruthy();
    expect(screen().detail.isError).toBe(false);
    expect(detailGets(t, target.id)).toBe(detailFetches);
  });

  it('puts the row back when the server refuses (404: deleted elsewhere)', async () => {
    const t = api();
    const { screen, target } = await mountScreen(t, finished(11));
    await direct().request('DELETE', paths.entry(WS, target.task_id ?? 0, target.id));
    const listed = watchCache(t.queryClient, activeKey, has(target.id));
    const error = await failedWrite(() => screen().remove.mutateAsync({ entry: refOf(target) }));
    expect(error).toMatchObject({ status: 404, code: 'not_found' });
    // Present, optimistically gone, back by the rollback, gone for good after the refetch (which the
    // mutation starts but does not wait for).
    await waitFor(() => expect(listed).toEqual([true, false, true, false]));
  });
});

describe('useArchiveEntry', () => {
  it('moves the row from the active list to the archived one', async () => {
    const t = api();
    const { screen, target } = await mountScreen(t, finished(12));
    t.holdWrites();
    act(() => screen().archive.mutate({ entry: refOf(target) }));
    await waitFor(() => expect(rowOf(target.id)(screen().active.data)).toBeUndefined());
    expect(screen().detail.data?.archived_at).toBeTruthy();
    t.releaseWrites();
    await waitFor(() => expect(screen().archive.isSuccess).toBe(true));
    // A write is done when the server answered; the lists it invalidated arrive after.
    await waitFor(() => expect(rowOf(target.id)(screen().archived.data)?.archived_at).toBeTruthy());
    expect(rowOf(target.id)(screen().active.data)).toBeUndefined();
    expect(screen().detail.data?.archived_at).toBeTruthy();
  });

  it('rolls back when the server refuses (404: not under that task)', async () => {
    const t = api();
    const { screen, target } = await mountScreen(t, finished(13));
    const listed = watchCache(t.queryClient, activeKey, has(target.id));
    const archivedAt = watchCache(t.queryClient, entryKeys.detail(WS, target.id), (d) =>
      Boolean((d as { archived_at?: string | null } | undefined)?.archived_at),
    );
    t.holdReads();
    let settled: Promise<unknown> = Promise.resolve();
    act(() => {
      settled = failureOf(screen().archive.mutateAsync({ entry: { id: target.id, task_id: 999_999 } }));
    });
    // Reads are held, so only the rollback can have put the row back.
    await waitFor(() => expect(listed).toEqual([true, false, true]));
    expect(archivedAt).toEqual([false, true, false]);
    t.releaseReads();
    await waitFor(() => expect(screen().archive.isError).toBe(true));
    expect(await settled).toMatchObject({ status: 404, code: 'not_found' });
    expect(rowOf(target.id)(screen().active.data)).toBeDefined();
  });
});

describe('useUnarchiveEntry', () => {
  it('brings an archived entry back to the active list', async () => {
    const t = api();
    const { screen, target } = await mountScreen(t, finished(14));
    await direct().request('POST', paths.archive(WS, target.task_id ?? 0, target.id));
    await act(() => t.queryClient.invalidateQueries());
    await waitFor(() => expect(rowOf(target.id)(screen().archived.data)).toBeDefined());
    await act(() => screen().unarchive.mutateAsync({ entry: refOf(target) }));
    await waitFor(() => expect(rowOf(target.id)(screen().active.data)).toBeDefined());
    await waitFor(() => expect(rowOf(target.id)(screen().archived.data)).toBeUndefined());
    await waitFor(() => expect(screen().detail.data?.archived_at).toBeNull());
  });

  it('fails with 404 for a deleted entry', async () => {
    const t = api();
    const { screen, target } = await mountScreen(t, finished(15));
    await direct().request('DELETE', paths.entry(WS, target.task_id ?? 0, target.id));
    const error = await failedWrite(() => screen().unarchive.mutateAsync({ entry: refOf(target) }));
    expect(error).toMatchObject({ status: 404, code: 'not_found' });
    await waitFor(() => expect(rowOf(target.id)(screen().active.data)).toBeUndefined());
  });
});

describe('useRestoreEntry', () => {
  it('brings a deleted entry back into the lists and its detail', async () => {
    const t = api();
    const { screen, target } = await mountScreen(t, finished(16));
    await act(() => screen().remove.mutateAsync({ entry: refOf(target) }));
    expect(rowOf(target.id)(screen().active.data)).toBeUndefined();
    await act(() => screen().restore.mutateAsync({ entry: refOf(target) }));
    await waitFor(() => expect(rowOf(target.id)(screen().active.data)).toBeDefined());
    await waitFor(() => expect(screen().detail.data?.deleted_at).toBeNull());
    const stored = await direct().request('GET', paths.entry(WS, target.task_id ?? 0, target.id), {
      schema: timeEntry,
    });
    expect(stored.deleted_at).toBeNull();
  });

  it('fails with 404 when the entry is not under that task', async () => {
    const t = api();
    const { screen, target } = await mountScreen(t, finished(17));
    const error = await failedWrite(() =>
      screen().restore.mutateAsync({ entry: { id: target.id, task_id: 999_999 } }),
    );
    expect(error).toMatchObject({ status: 404, code: 'not_found' });
  });
});
