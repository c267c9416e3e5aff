// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/react';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from './api-error.ts';
import { usePatchEntry } from './entries/use-patch-entry.ts';
import { useWorkspaceEntries } from './entries/use-workspace-entries.ts';
import { useQuotaWait } from './quota-wait.ts';
import { useTasks } from './supporting/use-tasks.ts';
import { useUsers } from './supporting/use-users.ts';
import { createTestApi, moveWindowTo } from '../testing/test-api.tsx';
import { basicOf, startTestServer, type TestServer } from '../testing/test-server.ts';

const ALL_TIME = { date_from: '2000-01-01T00:00:00Z', date_to: '2100-01-01T00:00:00Z' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

const gaps = (requests: Array<{ at: number }>) =>
  requests.slice(1).map((r, i) => r.at - (requests[i]?.at ?? 0));

describe('when the hourly quota is used up', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ quotaPerHour: 2 });
    moveWindowTo(server.url);
  });
  afterAll(() => server.close());

  it('a 402 costs one request, not four, and shows as a quota wait', async () => {
    const t = createTestApi({ baseUrl: server.apiUrl, credentials: basicOf('lead') });
    const wait = renderHook(() => useQuotaWait(), { wrapper: t.wrapper });
    const users = renderHook(() => useUsers(), { wrapper: t.wrapper });
    const tasks = renderHook(() => useTasks(), { wrapper: t.wrapper });
    await waitFor(() => expect(users.result.current.isSuccess && tasks.result.current.isSuccess).toBe(true));
    expect(wait.result.current).toBeNull();

    const list = renderHook(() => useWorkspaceEntries(ALL_TIME), { wrapper: t.wrapper });
    await waitFor(() => expect(list.result.current.isError).toBe(true));
    const error = list.result.current.error as ApiError;
    expect(error).toMatchObject({ status: 402, code: 'quota_exceeded' });
    expect(error.quota?.resetsIn).toBeGreaterThan(3000);
    await sleep(1500);
    expect(t.requests).toHaveLength(3);
    await waitFor(() => expect(wait.result.current?.resetsAt).toBe(error.quota?.resetsAt));
  });
});

describe('retries', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: false });
    moveWindowTo(server.url);
  });
  afterAll(() => server.close());

  it('retries a network failure three times with growing pauses, then fails', async () => {
    const t = createTestApi({
      baseUrl: `http://127.0.0.1:${await closedPort()}/api`,
      credentials: basicOf('lead'),
    });
    const { result } = renderHook(() => useUsers(), { wrapper: t.wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true), { timeout: 10_000 });
    expect(result.current.error).toMatchObject({ kind: 'network', isTransient: true });
    expect(t.requests).toHaveLength(4);
    const [a = 0, b = 0, c = 0] = gaps(t.requests);
    expect(a).toBeGreaterThanOrEqual(450);
    expect(b).toBeGreaterThanOrEqual(950);
    expect(c).toBeGreaterThanOrEqual(1950);
  });

  it('retries a 5xx from the server the same way', async () => {
    const gateway = await startTestServer({ upstreamUrl: `http://127.0.0.1:${await closedPort()}` });
    try {
      moveWindowTo(gateway.url);
      const t = createTestApi({ baseUrl: gateway.apiUrl, credentials: basicOf('lead') });
      const { result } = renderHook(() => useUsers(), { wrapper: t.wrapper });
      await waitFor(() => expect(result.current.isError).toBe(true), { timeout: 10_000 });
      expect((result.current.error as ApiError).status).toBeGreaterThanOrEqual(500);
      expect(t.requests).toHaveLength(4);
    } finally {
      moveWindowTo(server.url);
      await gateway.close();
    }
  });

  it('never retries a mutation by itself', async () => {
    const t = createTestApi({
      baseUrl: `http://127.0.0.1:${await closedPort()}/api`,
      credentials: basicOf('lead'),
    });
    const { result } = renderHook(() => usePatchEntry(), { wrapper: t.wrapper });
    let failure: unknown;
    await act(async () => {
      failure = await result.current
        .mutateAsync({ entry: { id: 1, task_id: 1 }, patch: { duration: 60 } })
        .catch((e: unknown) => e);
      await sleep(0);
    });
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ kind: 'network' });
    await sleep(1200);
    expect(t.requests).toHaveLength(1);
  });
});

describe('a 401', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    moveWindowTo(server.url);
  });
  afterAll(() => server.close());

  it('signs out once however many requests fail, and nothing more goes out', async () => {
    // The password changed elsewhere: the session this tab holds is no longer valid.
    const stale = { kind: 'basic' as const, email: 'lead@example.com', password: 'the-old-one' };
    const t = createTestApi({ baseUrl: server.apiUrl, credentials: stale });
    let changes = 0;
    t.store.subscribe(() => changes++);
    const hooks = renderHook(() => [useUsers(), useTasks(), useWorkspaceEntries(ALL_TIME)], {
      wrapper: t.wrapper,
    });
    await waitFor(() =>
      expect(hooks.result.current.every((q) => q.isError || q.fetchStatus === 'idle')).toBe(true),
    );
    await sleep(300);
    expect(changes).toBe(1);
    expect(t.store.getState().session).toBeNull();
    expect(t.store.getState().expired).toMatchObject({
      email: 'lead@example.com',
      organizationId: 1,
      workspaceId: 1,
    });
    const sent = t.requests.length;
    expect(sent).toBeGreaterThanOrEqual(1);
    expect(sent).toBeLessThanOrEqual(3);
    expect(hooks.result.current.some((q) => (q.error as ApiError | null)?.status === 401)).toBe(true);
    hooks.rerender();
    await sleep(300);
    expect(t.requests.length).toBe(sent);
  });
});
