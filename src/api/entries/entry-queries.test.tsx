// @vitest-environment happy-dom
import { renderHook, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../api-error.ts';
import { entryKeys, taskKeys, userKeys } from '../query-keys.ts';
import { useTasks } from '../supporting/use-tasks.ts';
import { useUsers } from '../supporting/use-users.ts';
import { createTestApi, moveWindowTo } from '../../testing/test-api.tsx';
import {
  DEMO_ACCOUNTS,
  basicOf,
  startTestServer,
  type DemoAccount,
  type TestServer,
} from '../../testing/test-server.ts';
import { useEntry } from './use-entry.ts';
import { useEntryStream } from './use-entry-stream.ts';
import { useTaskEntries } from './use-task-entries.ts';
import { useTimeBlockEntries } from './use-time-block-entries.ts';
import { useWorkspaceEntries } from './use-workspace-entries.ts';

const WS = { organizationId: 1, workspaceId: 1 };
const ALL_TIME = { date_from: '2000-01-01T00:00:00Z', date_to: '2100-01-01T00:00:00Z' };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  moveWindowTo(server.url);
});
afterAll(() => server.close());

const api = (who: DemoAccount = 'lead', workspace = WS) =>
  createTestApi({ baseUrl: server.apiUrl, credentials: basicOf(who), workspace });

/** The error a query settled on, after checking it is an ApiError. */
function apiError(error: unknown): ApiError {
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

/** A few workspace entries to look things up with. */
async function someEntries() {
  const { result } = renderHook(() => useWorkspaceEntries({ ...ALL_TIME, per_page: 100 }), {
    wrapper: api().wrapper,
  });
  await waitFor(() => expect(result.current.isSuccess).toBe(true));
  return result.current.data?.data ?? [];
}

describe('useWorkspaceEntries', () => {
  it('loads a page with tasks embedded and caches it under its query', async () => {
    const t = api();
    const query = { ...ALL_TIME, per_page: 20, order_by: ['-start' as const] };
    const { result } = renderHook(() => useWorkspaceEntries(query), { wrapper: t.wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const page = result.current.data;
    expect(page).toMatchObject({ page: 1, per_page: 20 });
    expect(page?.data).toHaveLength(20);
    expect(page?.data.some((e) => e.task?.name)).toBe(true);
    expect(t.queryClient.getQueryData(entryKeys.workspaceList(WS, query))).toBe(page);
    expect(t.requests).toHaveLength(1);
    expect(t.requests[0]?.url).toContain('order_by=-start');
  });

  it('sends nothing without a query', async () => {
    const t = api();
    const { result } = renderHook(() => useWorkspaceEntries(null), { wrapper: t.wrapper });
    await new Promise((r) => setTimeout(r, 50));
    expect(result.current.fetchStatus).toBe('idle');
    expect(t.requests).toHaveLength(0);
  });

  it('fails with the API’s 400, once, without retrying', async () => {
    const t = api();
    const { result } = renderHook(
      () => useWorkspaceEntries({ date_from: '2026-08-01', date_to: ALL_TIME.date_to }),
      {
        wrapper: t.wrapper,
      },
    );
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(apiError(result.current.error)).toMatchObject({ status: 400, code: 'validation' });
    expect(apiError(result.current.error).description).toContain('date_from');
    expect(t.requests).toHaveLength(1);
  });
});

describe('useTaskEntries', () => {
  it('loads one task’s entries', async () => {
    const taskId = (await someEntries()).find((e) => e.task_id)?.task_id ?? 0;
    const t = api();
    const { result } = renderHook(() => useTaskEntries(taskId, { per_page: 10 }), { wrapper: t.wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.data.length).toBeGreaterThan(0);
    expect(result.current.data?.data.every((e) => e.task_id === taskId)).toBe(true);
    expect(t.queryClient.getQueryData(entryKeys.taskList(WS, taskId, { per_page: 10 }))).toBe(
      result.current.data,
    );
  });

  it('fails with 403 for a workspace one is not in, without retrying', async () => {
    const t = api('outsider');
    const { result } = renderHook(() => useTaskEntries(1), { wrapper: t.wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(apiError(result.current.error)).toMatchObject({ status: 403, code: 'forbidden' });
    expect(apiError(result.current.error).traceId).toBeTruthy();
    expect(t.requests).toHaveLength(1);
  });
});

describe('useEntry', () => {
  it('loads one entry into its detail key', async () => {
    const entry = (await someEntries()).find((e) => e.task_id);
    if (!entry?.task_id) throw new Error('no entry with a task');
    const t = api();
    const { result } = renderHook(() => useEntry({ id: entry.id, task_id: entry.task_id ?? 0 }), {
      wrapper: t.wrapper,
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toMatchObject({ id: entry.id, task_id: entry.task_id, start: entry.start });
    expect(t.queryClient.getQueryData(entryKeys.detail(WS, entry.id))).toBe(result.current.data);
  });

  it('fails with 404 when the entry is not under that task', async () => {
    const entry = (await someEntries()).find((e) => e.task_id);
    const t = api();
    const { result } = renderHook(() => useEntry({ id: entry?.id ?? 1, task_id: 999_999 }), {
      wrapper: t.wrapper,
    });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(apiError(result.current.error)).toMatchObject({ status: 404, code: 'not_found' });
    expect(t.requests).toHaveLength(1);
  });
});

describe('useEntryStream', () => {
  it('loads every entry of a range at once', async () => {
    const t = api('member');
    const { result } = renderHook(() => useEntryStream(ALL_TIME), { wrapper: t.wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const rows = result.current.data ?? [];
    expect(rows.length).toBeGreaterThan(100);
    expect(new Set(rows.map((e) => e.toggl_user_id))).toEqual(new Set([DEMO_ACCOUNTS.member.userId]));
    expect(t.queryClient.getQueryData(entryKeys.stream(WS, ALL_TIME))).toBe(rows);
  });

  it('fails with 400 for a range that ends before it starts', async () => {
    const t = api();
    const query = { date_from: ALL_TIME.date_to, date_to: ALL_TIME.date_from };
    const { result } = renderHook(() => useEntryStream(query), { wrapper: t.wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(apiError(result.current.error)).toMatchObject({ status: 400, code: 'validation' });
    expect(apiError(result.current.error).description).toContain('date_to');
  });
});

describe('useTimeBlockEntries', () => {
  it('loads the entries of the given time blocks', async () => {
    const blocks = [
      ...new Set((await someEntries()).flatMap((e) => (e.time_block_id ? [e.time_block_id] : []))),
    ].slice(0, 2);
    expect(blocks.length).toBeGreaterThan(0);
    const t = api();
    const { result } = renderHook(() => useTimeBlockEntries(blocks), { wrapper: t.wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.length).toBeGreaterThan(0);
    expect(result.current.data?.every((e) => blocks.includes(e.time_block_id ?? -1))).toBe(true);
    expect(t.requests[0]?.url).toContain(`time_block_id=${blocks.join(',')}`);
    expect(t.queryClient.getQueryData(entryKeys.timeBlocks(WS, blocks))).toBe(result.current.data);
  });

  it('sends nothing for no blocks, and fails with 400 for an id that is not one', async () => {
    const t = api();
    const none = renderHook(() => useTimeBlockEntries([]), { wrapper: t.wrapper });
    const bad = renderHook(() => useTimeBlockEntries([0]), { wrapper: t.wrapper });
    await waitFor(() => expect(bad.result.current.isError).toBe(true));
    expect(none.result.current.fetchStatus).toBe('idle');
    expect(apiError(bad.result.current.error)).toMatchObject({ status: 400, code: 'validation' });
    expect(t.requests).toHaveLength(1);
  });
});

describe('useTasks', () => {
  it('lists the workspace’s tasks and searches them by name', async () => {
    const t = api();
    const all = renderHook(() => useTasks(), { wrapper: t.wrapper });
    await waitFor(() => expect(all.result.current.isSuccess).toBe(true));
    const first = all.result.current.data?.data[0];
    expect(all.result.current.data?.total).toBeGreaterThan(5);
    const word = first?.name.split(' ')[0] ?? '';
    const found = renderHook(() => useTasks({ name: word, per_page: 100 }), { wrapper: t.wrapper });
    await waitFor(() => expect(found.result.current.data?.data.some((x) => x.id === first?.id)).toBe(true));
    expect(t.queryClient.getQueryData(taskKeys.list(WS, { name: word, per_page: 100 }))).toBeDefined();
  });

  it('fails with 403 for a workspace one is not in', async () => {
    const t = api('outsider');
    const { result } = renderHook(() => useTasks(), { wrapper: t.wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(apiError(result.current.error)).toMatchObject({ status: 403, code: 'forbidden' });
  });
});

describe('useUsers', () => {
  it('lists the organization’s people', async () => {
    const t = api();
    const { result } = renderHook(() => useUsers(), { wrapper: t.wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const lead = result.current.data?.find((u) => u.email === DEMO_ACCOUNTS.lead.email);
    expect(lead).toMatchObject({ user_account_id: DEMO_ACCOUNTS.lead.userId, name: DEMO_ACCOUNTS.lead.name });
    expect(t.queryClient.getQueryData(userKeys.all(1))).toBe(result.current.data);
  });

  it('fails for an organization one is not in, without retrying', async () => {
    const t = api('lead', { organizationId: 999, workspaceId: 1 });
    const { result } = renderHook(() => useUsers(), { wrapper: t.wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    const error = apiError(result.current.error);
    expect([403, 404]).toContain(error.status);
    expect(t.requests).toHaveLength(1);
  });
});
