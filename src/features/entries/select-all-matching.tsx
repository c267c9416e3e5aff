import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { formatCount } from '../../lib/locale.ts';
import type { Selection } from '../../components/selection.ts';
import { useMatchingEntries } from './use-matching-entries.ts';

/** "Select all N matching": every entry the filters match, across all pages, through the stream endpoint. */
export function SelectAllMatching({
  selection,
  view,
}: {
  selection: Selection<TimeEntryWithTask>;
  view: 'active' | 'archived';
}) {
  const matching = useMatchingEntries(view);
  if (matching.isError) {
    return (
      <span className="bulk-bar-note">
        Could not count the matching entries.{' '}
        <button type="button" className="button link" onClick={() => void matching.refetch()}>
          Try again
        </button>
      </span>
    );
  }
  if (!matching.rows) return <span className="bulk-bar-note muted">Counting matching entries…</span>;
  const rows = matching.rows;
  const allSelected = rows.length > 0 && rows.every((r) => selection.has(r.id));
  if (allSelected) {
    return (
      <span className="bulk-bar-note">All {formatCount(rows.length)} matching entries are selected.</span>
    );
  }
  return (
    <button type="button" className="button link" onClick={() => selection.set(rows, true)}>
      Select all {formatCount(rows.length)} matching
    </button>
  );
}
