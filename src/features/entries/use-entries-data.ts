import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { useApi, useEntryStream, useWorkspaceEntries, workspaceEntriesOptions } from '../../api/index.ts';
import { toStreamQuery, toWorkspaceQuery, type EntriesViewState } from './entries-view-state.ts';
import { sortEntries } from './entry-order.ts';
import { filterLoaded } from './loaded-filters.ts';

const NO_ROWS: TimeEntryWithTask[] = [];

export interface EntriesData {
  /** The rows the table shows, in order. */
  rows: TimeEntryWithTask[];
  loading: boolean;
  /** Newer data is on its way; the rows shown belong to the previous filters or are being refreshed. */
  refreshing: boolean;
  error: Error | null;
  /** A refresh failed while older rows are still shown. */
  refreshError: Error | null;
  retry: () => void;
  /** Whole range (filtered in the browser), for the chart; null while not wanted or loading. */
  rangeRows: TimeEntryWithTask[] | null;
  rangeError: Error | null;
  rangeLoading: boolean;
  /** Paged mode only: how many rows the API sent for this page (before the person filter). */
  pageLength: number;
  /** Paged mode only: true, false, or null while the probe of the next page has not answered. */
  hasNext: boolean | null;
}

/**
 * The table's data for the URL's view. Paged mode asks the list endpoint for one page (and, when
 * that page is exactly full, prefetches the next one to learn whether it exists: the API gives no
 * total). Whole-range mode and the chart read the stream endpoint; its query leaves out the sort, so
 * re-sorting happens in the browser without a new download.
 */
export function useEntriesData(state: EntriesViewState, archived: boolean, wantRange: boolean): EntriesData {
  const paged = state.mode === 'paged';
  const { pageQuery, streamQuery } = useMemo(
    () => ({
      pageQuery: toWorkspaceQuery(state, archived),
      streamQuery: toStreamQuery({ ...state, sort: '-start' }, archived),
    }),
    [state, archived],
  );
  const page = useWorkspaceEntries(paged ? pageQuery : null);
  const stream = useEntryStream(!paged || wantRange ? streamQuery : null);
  const hasNext = useNextPage(paged ? pageQuery : null, page.data?.data.length, page.isPlaceholderData);

  const pageRows = useMemo(
    () => (page.data ? filterLoaded(page.data.data, state) : NO_ROWS),
    [page.data, state],
  );
  const rangeRows = useMemo(
    () => (stream.data ? filterLoaded(stream.data, state) : null),
    [stream.data, state],
  );
  const sorted = useMemo(
    () => (paged || !rangeRows ? NO_ROWS : sortEntries(rangeRows, state.sort)),
    [paged, rangeRows, state.sort],
  );

  const main = paged ? page : stream;
  return {
    rows: paged ? pageRows : sorted,
    loading: main.isPending && main.fetchStatus !== 'idle',
    refreshing: main.isFetching && !main.isPending,
    error: main.isError && !main.data ? main.error : null,
    refreshError: main.isError && main.data ? main.error : null,
    retry: () => void main.refetch(),
    rangeRows,
    rangeError: stream.isError ? stream.error : null,
    rangeLoading: stream.isPending && stream.fetchStatus !== 'idle',
    pageLength: page.data?.data.length ?? 0,
    hasNext,
  };
}

/** A page shorter than per_page is the last; a full one needs the next page fetched (and cached) to know. */
function useNextPage(
  query: ReturnType<typeof toWorkspaceQuery> | null,
  length: number | undefined,
  placeholder: boolean,
): boolean | null {
  const queryClient = useQueryClient();
  const { client, workspace } = useApi();
  const full = query !== null && !placeholder && length === (query.per_page ?? 50);
  const next = workspaceEntriesOptions(client, workspace, {
    ...(query ?? { date_from: '', date_to: '' }),
    page: (query?.page ?? 1) + 1,
  });
  // Runs after every render on purpose: prefetchQuery is a no-op while the cached next page is fresh.
  useEffect(() => {
    if (full) void queryClient.prefetchQuery(next);
  });
  // Reads what the prefetch stored, without fetching by itself.
  const probe = useQuery({ ...next, enabled: false });
  if (query === null || length === undefined) return null;
  if (!full) return placeholder ? null : false;
  return probe.data ? probe.data.data.length > 0 : null;
}
