import { useQueryClient } from '@tanstack/react-query';
import { useSessionState, useSessionStore } from '../api/index.ts';
import { SignInScreen } from '../features/auth/index.ts';
import { AppLayout } from './layout.tsx';

/**
 * Signed out: the sign-in screen. Signed in: the dashboard. After a 401 the dashboard stays mounted
 * (inert, so forms keep their typing) under a sign-in dialog; signing in as someone else starts afresh.
 */
export function SessionGate() {
  const { session, expired } = useSessionState();
  const store = useSessionStore();
  const queryClient = useQueryClient();

  if (!session && !expired) return <SignInScreen />;
  return (
    <>
      <div inert={!session} aria-hidden={!session}>
        <AppLayout
          onSignOut={() => {
            store.signOut();
            queryClient.clear();
          }}
        />
      </div>
      {expired && !session && (
        <SignInScreen
          overlay
          reason={expired.reason}
          onSignedIn={(identity) => {
            if (identity !== expired.identity) queryClient.clear();
            else void queryClient.invalidateQueries();
          }}
        />
      )}
    </>
  );
}
