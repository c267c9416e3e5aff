import { formatCount } from '../../lib/locale.ts';
import type { EntriesViewState } from './entries-view-state.ts';
import type { EntriesData } from './use-entries-data.ts';

// The order the stream arrives in: a table sorted so is in order while it loads.
const DEFAULT_SORT = '-start';

/** "12,400 of ~50,000 loaded" with Cancel, while the whole range arrives; Load all once stopped. */
function RangeProgressNote({
  progress,
  sorted,
  data,
}: {
  progress: NonNullable<EntriesData['rangeProgress']>;
  sorted: boolean;
  data: EntriesData;
}) {
  const { loaded, estimate, stopped } = progress;
  return (
    <p className="entries-note entries-range-progress" data-range-loading={stopped ? undefined : ''}>
      {stopped ? (
        <>
          Loading stopped: {formatCount(loaded)} entries are shown{sorted ? '' : ', in start order'}.{' '}
          <button type="button" className="button link" onClick={data.retry}>
            Load all
          </button>
        </>
      ) : (
        <>
          <progress value={loaded} max={estimate ?? undefined} aria-label="Entries loaded" />{' '}
          {formatCount(loaded)} of {estimate ? `~${formatCount(estimate)}` : 'the range'} loaded
          {sorted ? '' : '; shown in start order until all have arrived, then sorted'}.{' '}
          <button type="button" className="button link" onClick={data.cancelRange}>
            Cancel
          </button>
        </>
      )}
    </p>
  );
}

/**
 * What the numbers above the table do not say by themselves: a whole range still arriving (with Cancel),
 * and a refresh that failed.
 */
export function EntriesNotes({ state, data }: { state: EntriesViewState; data: EntriesData }) {
  return (
    <>
      {data.rangeProgress && (
        <RangeProgressNote progress={data.rangeProgress} sorted={state.sort === DEFAULT_SORT} data={data} />
      )}
      {data.refreshError && (
        <p className="entries-note entries-note-error" role="alert">
          These rows may be out of date: the refresh failed ({data.refreshError.message}).{' '}
          <button type="button" className="button link" onClick={data.retry}>
            Try again
          </button>
        </p>
      )}
    </>
  );
}
