import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import type { ReactNode } from 'react';
import type { WorkspaceRef } from '../../contract/index.ts';
import { ApiProvider } from '../api/api-context.tsx';
import { createApiClient, type ApiClient } from '../api/client.ts';
import type { Credentials } from '../api/credentials.ts';
import { createQueryClient } from '../api/query-client.ts';
import { createSessionStore, type SessionStore } from '../api/session-store.ts';

// The server checks a password with scrypt on purpose, and CPUs are shared: give answers time to come.
configure({ asyncUtilTimeout: 8_000 });
// Vitest runs without globals, so Testing Library cannot unmount by itself; mounted hooks would keep
// refetching into the next test (or a closed server).
const clients = new Set<QueryClient>();
afterEach(() => {
  cleanup();
  // Cancels what is still in flight, so no request outlives its test (or its server).
  clients.forEach((qc) => qc.clear());
  clients.clear();
});
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** For tests only: what a hook under test runs inside, signed in for real against a real server. */
export interface TestApi {
  client: ApiClient;
  store: SessionStore;
  queryClient: QueryClient;
  wrapper: (props: { children: ReactNode }) => ReactNode;
  /** Every request that went out, in order (the real fetch did the work). */
  requests: Array<{ method: string; url: string; at: number }>;
  /** Holds writes (non-GET) before they leave, so a test can look at the cache in between. */
  holdWrites(): void;
  releaseWrites(): void;
  /** Holds reads (GET) before they leave: a refetch cannot hide what the cache did before it. */
  holdReads(): void;
  releaseReads(): void;
}

/**
 * In happy-dom the page's origin decides what fetch may read: moving the page to the server's origin
 * makes the hooks' requests same-origin, as `/api` is in the browser.
 */
export function moveWindowTo(url: string) {
  const w = window as unknown as { happyDOM?: { setURL(url: string): void } };
  w.happyDOM?.setURL(url);
}

/** Passes every request on to the real fetch, noting method, URL and time on the way. */
export function countingFetch(requests: TestApi['requests']): typeof fetch {
  return (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    requests.push({ method: init?.method ?? 'GET', url, at: Date.now() });
    return fetch(input, init);
  };
}

type Gate = { wait: Promise<void>; open: () => void };
const newGate = (): Gate => {
  let open = () => {};
  const wait = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { wait, open };
};

/** The real fetch, except that reads (GET) or writes wait at a gate while it is closed. */
function gatedFetch(inner: typeof fetch) {
  const gates: { reads: Gate | null; writes: Gate | null } = { reads: null, writes: null };
  const gated: typeof fetch = async (input, init) => {
    const gate = (init?.method ?? 'GET') === 'GET' ? gates.reads : gates.writes;
    if (gate) await gate.wait;
    return inner(input, init);
  };
  return {
    fetch: gated,
    hold(kind: keyof typeof gates) {
      gates[kind] ??= newGate();
    },
    release(kind: keyof typeof gates) {
      gates[kind]?.open();
      gates[kind] = null;
    },
  };
}

export function createTestApi(options: {
  baseUrl: string;
  credentials: Credentials;
  workspace?: WorkspaceRef;
  queryClient?: QueryClient;
}): TestApi {
  const workspace = options.workspace ?? { organizationId: 1, workspaceId: 1 };
  const store = createSessionStore();
  store.signIn({ credentials: options.credentials, ...workspace }, false);
  const queryClient = options.queryClient ?? createQueryClient();
  clients.add(queryClient);
  const requests: TestApi['requests'] = [];
  const gate = gatedFetch(countingFetch(requests));
  const client = createApiClient({
    baseUrl: options.baseUrl,
    getCredentials: store.getCredentials,
    onUnauthorized: (_error, sentWith) => store.expire('Signed out by a 401', sentWith),
    fetch: gate.fetch,
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ApiProvider client={client} store={store}>
        {children}
      </ApiProvider>
    </QueryClientProvider>
  );
  return {
    client,
    store,
    queryClient,
    wrapper,
    requests,
    holdWrites: () => gate.hold('writes'),
    releaseWrites: () => gate.release('writes'),
    holdReads: () => gate.hold('reads'),
    releaseReads: () => gate.release('reads'),
  };
}
