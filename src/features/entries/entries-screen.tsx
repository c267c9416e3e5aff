import type { ReactNode } from 'react';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import type { Selection } from '../../components/selection.ts';

export interface EntriesScreenProps {
  /** `active`: entries not archived; `archived`: the archived view (adds the archived date column). */
  view: 'active' | 'archived';
  title: string;
  selection: Selection<TimeEntryWithTask>;
  /** A row was activated (click or Enter): open it in the form. The element gets focus back afterwards. */
  onOpenEntry: (entry: TimeEntryWithTask, row: HTMLElement) => void;
  onNewEntry?: () => void;
  /** Per-row menu items (archive, delete, …), supplied by the app. */
  renderRowActions?: (entry: TimeEntryWithTask) => ReactNode;
  /** Rendered above the table when rows are selected (the bulk bar). */
  selectionBar?: ReactNode;
  /** A time-block cell was clicked. */
  onOpenTimeBlock?: (timeBlockId: number) => void;
}

export function EntriesScreen({ title }: EntriesScreenProps) {
  return <h1>{title}</h1>;
}
