import { QueryClientProvider } from '@tanstack/react-query';
import { useLayoutEffect, useState } from 'react';
import { ApiProvider, createApiClient, createQueryClient, createSessionStore } from '../api/index.ts';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { useFocusRescue } from '../components/focus-rescue.ts';
import { dropPrerendered } from '../features/auth/prerendered-form.ts';
import { SessionGate } from './session-gate.tsx';
import './toasts.css';

export const API_BASE = '/api';

const EXPIRED_REASON = 'Your sign-in is no longer valid, so nothing more could be loaded or saved.';

/** Wires the one query client, the session store and the API client together. */
export function App() {
  const [{ store, client, queryClient }] = useState(() => {
    const store = createSessionStore();
    const queryClient = createQueryClient();
    const client = createApiClient({
      baseUrl: API_BASE,
      getCredentials: store.getCredentials,
      // Many requests may fail at once; only the first 401 for the current credentials signs out.
      onUnauthorized: (_error, sentWith) => {
        if (store.expire(EXPIRED_REASON, sentWith)) void queryClient.cancelQueries();
      },
    });
    return { store, client, queryClient };
  });
  // Focus never falls to the page body when what had it goes away (a deleted row, a closed screen).
  useFocusRescue();
  // Runs after every screen below has drawn (and the sign-in screen has read the pre-rendered form).
  useLayoutEffect(dropPrerendered, []);

  return (
    <QueryClientProvider client={queryClient}>
      <ApiProvider client={client} store={store}>
        <ErrorBoundary what="The dashboard">
          <SessionGate />
        </ErrorBoundary>
      </ApiProvider>
    </QueryClientProvider>
  );
}
