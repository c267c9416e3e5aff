import { useMemo } from 'react';
import { useEntryStream } from '../../api/index.ts';
import { useUrlState } from '../../navigation/use-url-state.ts';
import { toStreamQuery, viewStateFields } from './entries-view-state.ts';
import { filterLoaded } from './loaded-filters.ts';

/**
 * Every entry the table's filters match, not only the page on screen: the stream endpoint with the same
 * URL state, plus the filters the table applies in the browser (person, time block).
 */
export function useMatchingEntries(view: 'active' | 'archived') {
  const [state] = useUrlState(viewStateFields(view));
  // Order does not change what matches; a fixed sort shares the table's cached stream (chart, whole range).
  const query = useMemo(
    () => toStreamQuery({ ...state, sort: '-start' }, view === 'archived'),
    [state, view],
  );
  const stream = useEntryStream(query);
  const rows = useMemo(() => stream.data && filterLoaded(stream.data, state), [stream.data, state]);
  return { rows, isPending: stream.isPending, isError: stream.isError, refetch: stream.refetch };
}
