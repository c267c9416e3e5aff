export { RecentlyDeletedScreen } from './recently-deleted-screen.tsx';
