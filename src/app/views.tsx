import { lazy, type ComponentType, type ReactNode } from 'react';
import { useAttentionCount } from '../features/attention/use-attention-count.ts';
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
const AttentionRoute = lazy(() =>
  import('./routes/attention-route.tsx').then((m) => ({ default: m.AttentionRoute })),
);
const TimeBlocksRoute = lazy(() =>
  import('./routes/time-blocks-route.tsx').then((m) => ({ default: m.TimeBlocksRoute })),
);

export interface View {
  path: string;
  /** The name in the navigation and in the document title ("Archived · Focus time"). */
  label: string;
  render: () => ReactNode;
  /** A small count beside the label (rendered inside the link, so it is part of its name). */
  Badge?: ComponentType;
}

/** Every view of the dashboard, in the order of the navigation: one line adds a view, its link and its title. */
export const VIEWS: readonly View[] = [
  { path: '/', label: 'Entries', render: () => <EntriesRoute /> },
  {
    path: '/attention',
    label: 'Needs attention',
    render: () => <AttentionRoute />,
    Badge: AttentionBadge,
  },
  { path: '/archived', label: 'Archived', render: () => <ArchivedRoute /> },
  { path: '/deleted', label: 'Recently deleted', render: () => <DeletedRoute /> },
  { path: '/time-blocks', label: 'Time blocks', render: () => <TimeBlocksRoute /> },
  { path: '/history', label: 'History', render: () => <HistoryRoute /> },
];

export const viewOf = (pathname: string): View | undefined => VIEWS.find((v) => v.path === pathname);

/** How many entries of the last 30 days need a look ("Needs attention: 9"); nothing until known or when none do. */
function AttentionBadge() {
  const count = useAttentionCount();
  if (count === null || count === 0) return null;
  return (
    <span className="badge warning num app-nav-badge">
      <span className="visually-hidden">: </span>
      {count}
    </span>
  );
}
