import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { WorkspaceRef } from '../../contract/index.ts';
import type { ApiClient } from './client.ts';
import { identityOf, type SessionStore } from './session-store.ts';

interface ApiContextValue {
  client: ApiClient;
  store: SessionStore;
}

const ApiContext = createContext<ApiContextValue | null>(null);

export function ApiProvider({ client, store, children }: ApiContextValue & { children: ReactNode }) {
  return <ApiContext.Provider value={{ client, store }}>{children}</ApiContext.Provider>;
}

function useApiContext(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('ApiProvider is missing');
  return value;
}

export function useSessionState() {
  const { store } = useApiContext();
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}

export function useSessionStore(): SessionStore {
  return useApiContext().store;
}

/**
 * What every endpoint hook needs: the client, the workspace, and whether requests may go out.
 * While a 401 has signed the person out, the workspace stays known so the screen can stay as it was.
 */
export function useApi(): { client: ApiClient; workspace: WorkspaceRef; enabled: boolean } {
  const { client } = useApiContext();
  const { session, expired } = useSessionState();
  const source = session ?? expired;
  if (!source) throw new Error('useApi needs a signed-in session');
  return {
    client,
    workspace: { organizationId: source.organizationId, workspaceId: source.workspaceId },
    enabled: session !== null,
  };
}

/**
 * Who is signed in where, without the secret (identityOf); kept while a 401 has signed the person out.
 * The local history and deleted log are kept under it. Empty when nobody is signed in.
 */
export function useIdentity(): string {
  const { session, expired } = useSessionState();
  return session ? identityOf(session) : (expired?.identity ?? '');
}
