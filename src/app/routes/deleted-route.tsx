import { RecentlyDeletedScreen } from '../../features/trash/index.ts';

export function DeletedRoute() {
  return <RecentlyDeletedScreen />;
}
