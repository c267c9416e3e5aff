import { TimeBlocksScreen } from '../../features/time-blocks/index.ts';

export function TimeBlocksRoute() {
  return <TimeBlocksScreen />;
}
