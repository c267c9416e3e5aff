import { lazy, type ComponentType, type ReactNode } from 'react';
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
  { path: '/archived', label: 'Archived', render: () => <ArchivedRoute /> },
  { path: '/deleted', label: 'Recently deleted', render: () => <DeletedRoute /> },
  { path: '/time-blocks', label: 'Time blocks', render: () => <TimeBlocksRoute /> },
  { path: '/history', label: 'History', render: () => <HistoryRoute /> },
];

export const PRODUCT = 'Focus time';
export const viewOf = (pathname: string): View | undefined => VIEWS.find((v) => v.path === pathname);
