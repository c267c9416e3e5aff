import { HistoryScreen } from '../../features/history/index.ts';

export function HistoryRoute() {
  return <HistoryScreen />;
}
