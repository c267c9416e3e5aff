import type { EntriesViewState } from './entries-view-state.ts';
import type { EntriesData } from './use-entries-data.ts';

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
      {data.refreshError && (
        <p className="entries-note entries-note-error" role="alert">
          These rows may be out of date: the refresh failed ({data.refreshError.message}).{' '}
          <button type="button" className="button link" onClick={data.retry}>
            Try again
          </button>
        </p>
      )}
      {local.length > 0 && !data.loading && (
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
