import type { EntriesViewState } from './entries-view-state.ts';
import type { EntriesData } from './use-entries-data.ts';

// The order the stream arrives in: a table sorted so is in order while it loads.
const DEFAULT_SORT = '-start';
const n = (x: number) => x.toLocaleString('en-GB');

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
          Loading stopped: {n(loaded)} entries are shown{sorted ? '' : ', in start order'}.{' '}
          <button type="button" className="button link" onClick={data.retry}>
            Load all
          </button>
        </>
      ) : (
        <>
          <progress value={loaded} max={estimate ?? undefined} aria-label="Entries loaded" /> {n(loaded)} of{' '}
          {estimate ? `~${n(estimate)}` : 'the range'} loaded
          {sorted ? '' : '; shown in start order until all have arrived, then sorted'}.{' '}
          <button type="button" className="button link" onClick={data.cancelRange}>
            Cancel
          </button>
        </>
      )}
    </p>
  );
}

interface Props {
  state: EntriesViewState;
  data: EntriesData;
  onWholeRange: () => void;
}

/**
 * What the numbers above the table do not say by themselves: a refresh that failed, and filters the
 * API cannot apply (person always; time block on the stream), which the browser applies to what it loaded.
 */
export function EntriesNotes({ state, data, onWholeRange }: Props) {
  const paged = state.mode === 'paged';
  const local = [state.person ? 'person' : '', !paged && state.block ? 'time block' : ''].filter(Boolean);
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
      {local.length > 0 && !data.loading && !data.rangeProgress && (
        <p className="entries-note">
          {local.join(' and ')} {local.length > 1 ? 'are' : 'is'} filtered in the browser (the API has no such
          filter
          {paged ? (
            <>
              ): these are {data.rows.length} of the {data.pageLength} entries on this page.{' '}
              <button type="button" className="button link" onClick={onWholeRange}>
                Load the whole range
              </button>{' '}
              to see all of them.
            </>
          ) : (
            '): every entry in the range was loaded and filtered here.'
          )}
        </p>
      )}
    </>
  );
}
