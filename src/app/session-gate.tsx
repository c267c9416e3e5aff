import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { toast } from 'sonner';
import { identityOf, useSessionState, useSessionStore, type Session } from '../api/index.ts';
import { QuotaBanner, SignInScreen } from '../features/auth/index.ts';
import { AppLayout } from './layout.tsx';
import { useDocumentTitle } from './use-document-title.ts';

/**
 * Signed out: the sign-in screen. Signed in: the dashboard. After a 401 the dashboard stays mounted
 * (inert, so forms keep their typing and the URL stays) under a sign-in dialog. Signing in as the same
 * person picks up where they were; as someone else, the cache and the old screen are thrown away.
 */
export function SessionGate() {
  const { session, expired } = useSessionState();
  const store = useSessionStore();
  const queryClient = useQueryClient();
  // A new key mounts a fresh dashboard, so no unsaved form of the last person survives.
  const [generation, setGeneration] = useState(0);
  const lastFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    // Signed out by any path: nothing of the last person stays in memory either.
    if (!session && !expired) queryClient.clear();
  }, [session, expired, queryClient]);

  const signIn = (next: Session, keep: boolean) => {
    const resumed = expired !== null && expired.identity === identityOf(next);
    if (!resumed) {
      queryClient.clear();
      setGeneration((g) => g + 1);
    }
    store.signIn(next, keep);
    if (resumed) {
      void queryClient.invalidateQueries();
      const el = lastFocus.current;
      // The dialog is gone on the next frame; the cursor goes back to where the person was.
      requestAnimationFrame(() => {
        if (el?.isConnected) el.focus();
      });
    }
  };
  const signOut = () => {
    // An Undo or Retry left in a toast would act for nobody: it goes with the session, as dialogs do.
    toast.dismiss();
    store.signOut();
    queryClient.clear();
  };

  if (!session && !expired) return <SignInPage onSignIn={signIn} />;
  return (
    <>
      <div
        key={generation}
        inert={!session}
        aria-hidden={!session}
        onFocus={(e) => {
          if (e.target instanceof HTMLElement) lastFocus.current = e.target;
        }}
      >
        <QuotaBanner />
        <AppLayout onSignOut={signOut} />
      </div>
      {!session && expired && <SignInScreen expired={expired} onSignIn={signIn} onSignOut={signOut} />}
    </>
  );
}

function SignInPage({ onSignIn }: { onSignIn: (next: Session, keep: boolean) => void }) {
  useDocumentTitle('Sign in');
  return <SignInScreen onSignIn={onSignIn} />;
}
