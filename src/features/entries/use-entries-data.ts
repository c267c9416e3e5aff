import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import {
  entryKeys,
  useApi,
  useEntryStream,
  useEntryStreamProgress,
  useWorkspaceEntries,
  workspaceEntriesOptions,
  type RangeProgress,
} from '../../api/index.ts';
import { toStreamQuery, toWorkspaceQuery, type EntriesViewState } from './entries-view-state.ts';
import { totalSeconds } from './entry-facts.ts';
import { sortWithCheck, STREAM_ORDER, StreamOrderCheck } from './entry-order.ts';
import { filterLoaded } from './loaded-filters.ts';

const NO_ROWS: TimeEntryWithTask[] = [];

export interface EntriesTotals {
  count: number;
  seconds: number;
}

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
  /** Every matching entry (from the stream, filtered in the browser where the API cannot); null until loaded. */
  rangeRows: TimeEntryWithTask[] | null;
  rangeError: Error | null;
  rangeLoading: boolean;
  retryRange: () => void;
  /**
   * Whole-range mode, while the range is still arriving (or was stopped): `rows` and `rangeRows` hold what
   * has come so far, in the API's order (newest first), filtered but not yet sorted.
   */
  rangeProgress: { loaded: number; estimate: number | null; stopped: boolean } | null;
  /** Stops the download of the range; what has arrived stays on screen. */
  cancelRange: () => void;
  /** Count and tracked time of every matching entry, from rangeRows; null until they are known. */
  totals: EntriesTotals | null;
  /** Paged mode only: how many rows this page holds. */
  pageLength: number;
  /** Paged mode only: true, false, or null while it is not known yet. */
  hasNext: boolean | null;
}

/**
 * The table's data for the URL's view, and the truth about all of it. The stream endpoint always loads
 * every matching entry: the headline, the chart and the pager's total count from it, so they describe
 * the whole filter, never one page. Paged mode shows the list endpoint's page — except when a filter
 * the API cannot apply (person) is on: then it pages through the filtered stream itself, so the rows,
 * the headline and the pager agree. The stream's query leaves out the sort, so re-sorting happens in
 * the browser without a new download.
 */
export function useEntriesData(state: EntriesViewState, archived: boolean): EntriesData {
  const paged = state.mode === 'paged';
  // Person is not a parameter of the API: a page from it would mix people.
  const localPages = paged && state.person !== undefined;
  const { pageQuery, streamQuery } = useMemo(
    () => ({
      pageQuery: toWorkspaceQuery(state, archived),
      streamQuery: toStreamQuery({ ...state, sort: STREAM_ORDER }, archived),
    }),
    [state, archived],
  );
  const page = useWorkspaceEntries(paged && !localPages ? pageQuery : null);
  const stream = useEntryStream(streamQuery);
  const arrived = useDeferredRange(streamQuery, stream.data, useEntryStreamProgress(streamQuery));
  const { progress } = arrived;
  // Rows so far, while the download runs or after it was stopped; the finished query takes over at the
  // end. A progress that says done, a step ahead of the query's own result, still shows its rows.
  const partial = !arrived.data && progress && progress.state !== 'failed' ? progress : null;
  const queryClient = useQueryClient();
  const { workspace } = useApi();
  const probedNext = useNextPage(
    paged && !localPages ? pageQuery : null,
    page.data?.data.length,
    page.isPlaceholderData,
  );

  // While a whole range arrives its rows show as they come; paged mode waits for the whole stream.
  const loadedRows = arrived.data ?? (paged ? undefined : partial?.rows);
  const complete = !!arrived.data;
  const rangeRows = useMemo(() => (loadedRows ? filterLoaded(loadedRows, state) : null), [loadedRows, state]);
  const [order] = useState(() => new StreamOrderCheck());
  // Sorted only when rows come from the stream (whole range, or paging through it), and once all are in:
  // until then they stay in the order they arrive. Rows in the stream's own order (`-start`) are checked
  // batch by batch as they come, so the finished range needs no pass of its own; a row edited since
  // (a new start in the cache) still moves to its place.
  const sorted = useMemo(() => {
    if (!rangeRows || (paged && !localPages)) return NO_ROWS;
    if (!complete) {
      order.check(rangeRows);
      return rangeRows;
    }
    return sortWithCheck(rangeRows, state.sort, order);
  }, [paged, localPages, rangeRows, complete, state.sort, order]);
  const pageRows = useMemo(() => {
    if (localPages) return sorted.slice((state.page - 1) * state.per_page, state.page * state.per_page);
    return page.data ? page.data.data : NO_ROWS;
  }, [localPages, sorted, state.page, state.per_page, page.data]);

  const [now] = useState(() => Date.now());
  // Totals describe every matching entry, so they wait for the last of them.
  const totals = useMemo(
    () => (rangeRows && complete ? { count: rangeRows.length, seconds: totalSeconds(rangeRows, now) } : null),
    [rangeRows, complete, now],
  );
  const showsPartial = !paged && !!partial && partial.rows.length > 0;
  // A range whose rows are in but not yet on screen (a background render away) is not pending.
  const pending = stream.isPending && !arrived.data;

  const main = paged && !localPages ? page : stream;
  const end = state.page * state.per_page;
  const hasNext = !paged ? null : totals ? end < totals.count : localPages ? null : probedNext;
  return {
    rows: paged ? pageRows : sorted,
    loading:
      (paged && !localPages ? main.isPending : pending) && main.fetchStatus !== 'idle' && !showsPartial,
    refreshing: main.isFetching && !main.isPending,
    error: main.isError && !main.data ? main.error : null,
    refreshError: main.isError && main.data ? main.error : null,
    retry: () => void main.refetch(),
    rangeRows,
    rangeError: stream.isError ? stream.error : null,
    rangeLoading: pending && stream.fetchStatus !== 'idle' && !showsPartial,
    retryRange: () => void stream.refetch(),
    rangeProgress:
      partial && !paged
        ? { loaded: partial.rows.length, estimate: partial.estimate, stopped: partial.state === 'stopped' }
        : null,
    cancelRange: () => void queryClient.cancelQueries({ queryKey: entryKeys.stream(workspace, streamQuery) }),
    totals: stream.isError ? null : totals,
    pageLength: paged ? pageRows.length : 0,
    hasNext,
  };
}

interface ArrivedRange {
  query: unknown;
  data: TimeEntryWithTask[] | undefined;
  progress: RangeProgress | null;
}

/**
 * A streaming range's rows — its progress, then its finished list — a step behind: after the first
 * rows, the table, counts and chart re-render for each update, the finished range included, in React's
 * background lane, in slices between which the page can paint, scroll and take in the next batch,
 * rather than in one long task the moment rows arrive. Progress and result are deferred together, so a
 * render never sees the one's update without the other's. The first rows, and another query (new
 * filters, a new sort), are taken at once.
 */
function useDeferredRange(
  query: unknown,
  data: TimeEntryWithTask[] | undefined,
  progress: RangeProgress | null,
): ArrivedRange {
  const current = useMemo(() => ({ query, data, progress }), [query, data, progress]);
  const deferred = useDeferredValue(current);
  // The first rows are taken at once, as is another query.
  const showsRows = !!deferred.data || !!deferred.progress?.rows.length;
  return deferred.query === query && showsRows ? deferred : current;
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
