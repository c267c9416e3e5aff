import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { Toaster } from 'sonner';
import { ApiProvider, createApiClient, createQueryClient, createSessionStore } from '../api/index.ts';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { OverflowTooltip } from '../components/overflow-tooltip.tsx';
import { useMediaQuery } from '../components/use-media-query.ts';
import { SessionGate } from './session-gate.tsx';
import { useTheme } from './theme.ts';

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
  const { theme } = useTheme();
  // On a phone the bottom of the screen belongs to dialog sheets and their buttons: toasts go on top.
  const phone = useMediaQuery('(max-width: 767px)');

  return (
    <QueryClientProvider client={queryClient}>
      <ApiProvider client={client} store={store}>
        <ErrorBoundary what="The dashboard">
          <SessionGate />
        </ErrorBoundary>
        <OverflowTooltip />
        <Toaster
          theme={theme}
          position={phone ? 'top-center' : 'bottom-center'}
          richColors
          closeButton
          toastOptions={{ duration: 8000 }}
        />
      </ApiProvider>
    </QueryClientProvider>
  );
}
