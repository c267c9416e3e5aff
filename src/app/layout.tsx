import { useQueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { prewarmParsers } from '../api/index.ts';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { useLocation } from '../navigation/location.ts';
import { AppHeader } from './app-header.tsx';
import { KeyboardLayer, SkipLink } from './keyboard-layer.tsx';
import { NotFoundRoute } from './routes/not-found-route.tsx';
import { useDocumentTitle } from './use-document-title.ts';
import { viewOf } from './views.tsx';
import './layout.css';

// The parsers of the first whole-range streams start while this chunk is fetched ahead of need (as the
// person signs in), rather than when the streams' requests go out: a worker takes some 100 ms to start.
prewarmParsers();

export function AppLayout({ onSignOut }: { onSignOut: () => void }) {
  const { pathname } = useLocation();
  const queryClient = useQueryClient();
  const view = viewOf(pathname);
  useDocumentTitle(view?.label ?? 'Page not found');

  return (
    <div className="app-shell">
      <SkipLink
        label={pathname === '/' || pathname === '/archived' ? 'Skip to entries' : 'Skip to content'}
      />
      <KeyboardLayer />
      <AppHeader pathname={pathname} onSignOut={onSignOut} />
      <main className="app-main" id="main" tabIndex={-1}>
        {/* Keyed on the path: moving to another view leaves a crashed one behind. "Try again" loads the
            data afresh, since data the screen could not show would only fail the same way again. */}
        <ErrorBoundary key={pathname} what="This view" onReset={() => void queryClient.resetQueries()}>
          <Suspense
            fallback={
              <p className="muted" role="status">
                Loading…
              </p>
            }
          >
            {view ? view.render() : <NotFoundRoute pathname={pathname} />}
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
