import type { TimeEntryWithTask } from '../../../contract/index.ts';
import type { EntriesViewState } from './entries-view-state.ts';

/** The filters the API cannot apply: person (it has no such parameter) and, on the stream, time block. */
export function filterLoaded(
  rows: readonly TimeEntryWithTask[],
  state: EntriesViewState,
): TimeEntryWithTask[] {
  if (!state.person && !state.block) return rows as TimeEntryWithTask[];
  return rows.filter(
    (e) =>
      (!state.person || e.toggl_user_id === state.person) &&
      (!state.block || e.time_block_id === state.block),
  );
}
