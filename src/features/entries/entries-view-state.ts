import { numberIn, oneOf, optional, orElse, urlDay, urlId, type UrlState } from '../../lib/search-params.ts';
import type { StreamEntriesQuery, WorkspaceEntriesQuery } from '../../../contract/index.ts';
import { MAX_PER_PAGE, ORDER_BY_FIELDS, type OrderByKey } from '../../../contract/constants.ts';
import { chosenRange, RANGE_PRESETS } from '../../lib/date-range.ts';

/** Every `order_by` key the API takes: each field of the contract, ascending or `-` descending. */
const SORT_KEYS: OrderByKey[] = ORDER_BY_FIELDS.flatMap((f) => [f, `-${f}` as const]);

/**
 * Everything a table view shows, as it sits in the URL. Dates are local calendar days (`from`/`to`,
 * inclusive) or a preset; they become RFC 3339 instants only when a request is built.
 */
const entriesViewState = {
  range: optional(oneOf(RANGE_PRESETS)),
  from: urlDay,
  to: urlDay,
  task: urlId,
  status: urlId,
  type: optional(oneOf(['activity', 'break'])),
  block: urlId,
  person: urlId,
  sort: orElse(oneOf(SORT_KEYS), '-start'),
  page: orElse(numberIn(1, Number.MAX_SAFE_INTEGER, { whole: true }), 1),
  per_page: orElse(numberIn(1, MAX_PER_PAGE, { whole: true }), 50),
  mode: orElse(oneOf(['paged', 'all']), 'paged'),
};
export type EntriesViewState = UrlState<typeof entriesViewState>;

/**
 * The archived view opens on the last 90 days rather than this week: entries are archived once they are
 * old, so this week's archive is usually empty and a reviewer would open onto nothing.
 */
const archivedViewState: typeof entriesViewState = {
  ...entriesViewState,
  range: orElse(oneOf(RANGE_PRESETS), 'last-90-days'),
};

/** The URL fields of a table view; only the default range differs between them. */
export function viewStateFields(view: 'active' | 'archived'): typeof entriesViewState {
  return view === 'archived' ? archivedViewState : entriesViewState;
}

/** The view's range as instants: explicit days win over a preset; the default is this week. */
export function viewRange(state: EntriesViewState, now = new Date()): { from: Date; to: Date } {
  return chosenRange(state, 'this-week', now);
}

/**
 * The filters both the paged list and the stream send. Entries without a task are asked for too (the API
 * leaves them out by default), unless a task or status filter rules them out anyway.
 */
function viewFilters(state: EntriesViewState, archived: boolean, now?: Date) {
  const { from, to } = viewRange(state, now);
  return {
    date_from: from.toISOString(),
    date_to: to.toISOString(),
    ...(state.task ? { task_id: state.task } : {}),
    ...(state.status ? { status_id: state.status } : {}),
    ...(state.task || state.status ? {} : { include_taskless: true }),
    ...(state.type ? { type: state.type } : {}),
    order_by: [state.sort],
    ...(archived ? { archived: true } : {}),
  };
}

export function toWorkspaceQuery(
  state: EntriesViewState,
  archived = false,
  now?: Date,
): WorkspaceEntriesQuery {
  return {
    ...viewFilters(state, archived, now),
    ...(state.block ? { time_block_id: state.block } : {}),
    page: state.page,
    per_page: state.per_page,
  };
}

/** The stream has no time-block filter: the caller filters rows by `block` in the browser. */
export function toStreamQuery(state: EntriesViewState, archived = false, now?: Date): StreamEntriesQuery {
  return viewFilters(state, archived, now);
}
