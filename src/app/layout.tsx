import type { ReactNode } from 'react';
import { useSessionState } from '../api/index.ts';
import { navigate, useLocation } from '../lib/location.ts';
import { ArchivedRoute } from './routes/archived-route.tsx';
import { DeletedRoute } from './routes/deleted-route.tsx';
import { EntriesRoute } from './routes/entries-route.tsx';
import { HistoryRoute } from './routes/history-route.tsx';
import { TimeBlocksRoute } from './routes/time-blocks-route.tsx';

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
      <main className="app-main">{ROUTES[pathname]?.() ?? <EntriesRoute />}</main>
    </div>
  );
}
