import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { Toaster } from 'sonner';
import { ApiProvider, createApiClient, createQueryClient, createSessionStore } from '../api/index.ts';
import { SessionGate } from './session-gate.tsx';

export const API_BASE = '/api';

/** Wires the one query client, the session store and the API client together. */
export function App() {
  const [{ store, client, queryClient }] = useState(() => {
    const store = createSessionStore();
    const queryClient = createQueryClient();
    const client = createApiClient({
      baseUrl: API_BASE,
      getCredentials: store.getCredentials,
      onUnauthorized: () => {
        if (store.expire('Your sign-in is no longer valid. Sign in again to carry on where you were.')) {
          void queryClient.cancelQueries();
        }
      },
    });
    return { store, client, queryClient };
  });

  return (
    <QueryClientProvider client={queryClient}>
      <ApiProvider client={client} store={store}>
        <SessionGate />
        <Toaster position="bottom-center" richColors closeButton toastOptions={{ duration: 8000 }} />
      </ApiProvider>
    </QueryClientProvider>
  );
}
