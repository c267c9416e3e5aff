import type { TimeEntryWithTask } from '../../../contract/index.ts';
import type { Selection } from '../../components/selection.ts';

/** The bar shown while entries are selected: count, Clear selection, and the bulk actions. */
export function BulkBar(_props: { selection: Selection<TimeEntryWithTask>; view: 'active' | 'archived' }) {
  return null;
}
