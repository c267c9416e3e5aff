import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { identityOf, useSessionState, useSessionStore, type Session } from '../api/index.ts';
import { QuotaBanner, SignInScreen } from '../features/auth/index.ts';
import { personActedBeforeApp } from '../features/auth/prerendered-form.ts';
import { toast } from '../components/toast.ts';
import { useDocumentTitle } from './use-document-title.ts';

// The dashboard is its own chunk: the sign-in screen paints without it, and it is fetched as soon as the
// person starts typing there (or right away, for a session kept from before).
const loadDashboard = () => import('./layout.tsx');
const AppLayout = lazy(() => loadDashboard().then((m) => ({ default: m.AppLayout })));
// Toasts come from the dashboard, never from the sign-in screen: the toaster loads with it.
const DashboardChrome = lazy(() =>
  import('./dashboard-chrome.tsx').then((m) => ({ default: m.DashboardChrome })),
);

/** Starts fetching the dashboard at the first key press or click on the sign-in screen (or its pre-render). */
function usePrefetchOnActivity(active: boolean) {
  useEffect(() => {
    if (!active) return;
    // Typing started on the pre-rendered form, before these listeners were there.
    if (personActedBeforeApp()) {
      void loadDashboard();
      return;
    }
    const events = ['keydown', 'input', 'pointerdown'] as const;
    const prefetch = () => {
      for (const type of events) document.removeEventListener(type, prefetch, true);
      void loadDashboard();
    };
    for (const type of events) document.addEventListener(type, prefetch, true);
    return () => {
      for (const type of events) document.removeEventListener(type, prefetch, true);
    };
  }, [active]);
}

/**
 * Signed out: the sign-in screen. Signed in: the dashboard. After a 401 the dashboard stays mounted
 * (inert under the sign-in dialog's modal layer, so forms keep their typing and the URL stays). Signing in as the same
 * person picks up where they were; as someone else, the cache and the old screen are thrown away.
 */
export function SessionGate() {
  const { session, expired } = useSessionState();
  const store = useSessionStore();
  const queryClient = useQueryClient();
  // A new key mounts a fresh dashboard, so no unsaved form of the last person survives.
  const [generation, setGeneration] = useState(0);
  const lastFocus = useRef<HTMLElement | null>(null);

  usePrefetchOnActivity(!session && !expired);
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
        onFocus={(e) => {
          if (e.target instanceof HTMLElement) lastFocus.current = e.target;
        }}
      >
        <QuotaBanner />
        <Suspense
          fallback={
            <p className="muted app-loading" role="status">
              Loading the dashboard…
            </p>
          }
        >
          <AppLayout onSignOut={signOut} />
        </Suspense>
      </div>
      {!session && expired && <SignInScreen expired={expired} onSignIn={signIn} onSignOut={signOut} />}
      <Suspense>
        <DashboardChrome />
      </Suspense>
    </>
  );
}

function SignInPage({ onSignIn }: { onSignIn: (next: Session, keep: boolean) => void }) {
  useDocumentTitle('Sign in');
  return <SignInScreen onSignIn={onSignIn} />;
}
