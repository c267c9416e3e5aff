import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { useSessionState } from '../api/index.ts';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { navigate, useLocation } from '../navigation/location.ts';
import { EntriesRoute } from './routes/entries-route.tsx';

// The entries table is where everyone starts; the other views load when first opened.
const ArchivedRoute = lazy(() =>
  import('./routes/archived-route.tsx').then((m) => ({ default: m.ArchivedRoute })),
);
const DeletedRoute = lazy(() =>
  import('./routes/deleted-route.tsx').then((m) => ({ default: m.DeletedRoute })),
);
const HistoryRoute = lazy(() =>
  import('./routes/history-route.tsx').then((m) => ({ default: m.HistoryRoute })),
);
const TimeBlocksRoute = lazy(() =>
  import('./routes/time-blocks-route.tsx').then((m) => ({ default: m.TimeBlocksRoute })),
);

const ROUTES: Record<string, () => ReactNode> = {
  '/archived': () => <ArchivedRoute />,
  '/deleted': () => <DeletedRoute />,
  '/time-blocks': () => <TimeBlocksRoute />,
  '/history': () => <HistoryRoute />,
};

const NAV = [
  { path: '/', label: 'Entries' },
  { path: '/archived', label: 'Archived' },
  { path: '/deleted', label: 'Recently deleted' },
  { path: '/time-blocks', label: 'Time blocks' },
  { path: '/history', label: 'History' },
] as const;

export function AppLayout({ onSignOut }: { onSignOut: () => void }) {
  const { pathname } = useLocation();
  const { session, expired } = useSessionState();
  const queryClient = useQueryClient();
  const where = session ?? expired;
  const who = session?.credentials.kind === 'basic' ? session.credentials.email : 'API key';

  return (
    <div className="app-shell">
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden>
            ◷
          </span>
          Focus time
        </div>
        <nav aria-label="Main" className="app-nav">
          {NAV.map((item) => (
            <a
              key={item.path}
              href={item.path}
              aria-current={pathname === item.path ? 'page' : undefined}
              onClick={(e) => {
                if (e.metaKey || e.ctrlKey || e.shiftKey) return;
                e.preventDefault();
                navigate(item.path);
              }}
            >
              {item.label}
            </a>
          ))}
        </nav>
        <div className="app-account">
          {where && (
            <span className="muted">
              {who} · org {where.organizationId} · workspace {where.workspaceId}
            </span>
          )}
          <button type="button" className="button ghost" onClick={onSignOut}>
            Sign out
          </button>
        </div>
      </header>
      <main className="app-main">
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
            {ROUTES[pathname]?.() ?? <EntriesRoute />}
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
