import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { usePeople, usePermissions, useTasks } from '../../api/index.ts';
import { ColumnVisibilityMenu } from '../../components/data-table/column-visibility-menu.tsx';
import type { Selection } from '../../components/selection.ts';
import { useMediaQuery } from '../../components/use-media-query.ts';
import { localTimeZone } from '../../lib/dates.ts';
import { viewRange, viewStateFields, type EntriesViewState } from './entries-view-state.ts';
import { useUrlState } from '../../navigation/use-url-state.ts';
import type { ChartGroup } from './chart-data.ts';
import { CARD_VISIBILITY, columnChoices, defaultHidden, entriesColumns } from './entries-columns.tsx';
import { EntriesFilters, type FilterPatch } from './entries-filters.tsx';
import { EntriesNotes } from './entries-notes.tsx';
import { EntriesPager } from './entries-pager.tsx';
import { EntriesSummary } from './entries-summary.tsx';
import { EntriesTable } from './entries-table.tsx';
import { EntriesTableState } from './entries-table-state.tsx';
import { ExportCsvButton } from './export-csv-button.tsx';
import { ModeSwitch } from './mode-switch.tsx';
import { rangeLabel } from './range-label.ts';
import { measureStartWidth } from './start-width.ts';
import { useEntriesData } from './use-entries-data.ts';
import { useStableValue } from './use-stable-value.ts';
import { isBooleanRecord, useStoredState } from './use-stored-state.ts';
import './entries.css';

export interface EntriesScreenProps {
  /** `active`: entries not archived; `archived`: the archived view (adds the archived date column). */
  view: 'active' | 'archived';
  title: string;
  selection: Selection<TimeEntryWithTask>;
  /** A row was activated (click or Enter): open it in the form. The element gets focus back afterwards. */
  onOpenEntry: (entry: TimeEntryWithTask, row: HTMLElement) => void;
  onNewEntry?: () => void;
  /** Per-row menu items (archive, delete, …), supplied by the app. */
  renderRowActions?: (entry: TimeEntryWithTask) => ReactNode;
  /** Rendered above the table when rows are selected (the bulk bar). */
  selectionBar?: ReactNode;
  /** A time-block cell was clicked. */
  onOpenTimeBlock?: (timeBlockId: number) => void;
}

interface ChartPrefs {
  visible: boolean;
  group: ChartGroup;
}
const isChartPrefs = (v: unknown): v is ChartPrefs =>
  !!v &&
  typeof v === 'object' &&
  typeof (v as ChartPrefs).visible === 'boolean' &&
  ['person', 'project'].includes((v as ChartPrefs).group);

const rootFont = () =>
  typeof document === 'undefined' ? 'sans-serif' : getComputedStyle(document.documentElement).fontFamily;

/** Below this width the table becomes a list of entry cards (entries-cards.css holds the same number). */
const CARDS_QUERY = '(max-width: 767px)';

/** The time-entry table screen: filters, summary and chart, the table, paging, export. All view state is in the URL. */
export function EntriesScreen(props: EntriesScreenProps) {
  const { view, selection } = props;
  const archived = view === 'archived';
  const [urlState, setState] = useUrlState(viewStateFields(view));
  const state = useStableValue(urlState);
  const [visibility, setVisibility] = useStoredState(
    `entries.columns.${view}`,
    defaultHidden(view),
    isBooleanRecord,
  );
  const cards = useMediaQuery(CARDS_QUERY);
  const [chartPrefs, setChartPrefs] = useStoredState<ChartPrefs>(
    'entries.chart',
    { visible: true, group: 'person' },
    isChartPrefs,
  );
  const data = useEntriesData(state, archived);
  const people = usePeople();
  const permissions = usePermissions();
  // The task list (the Status filter's choices, the chosen task's name) waits while a whole range
  // arrives: the server sums every task's entries for that list, which on a large workspace keeps it
  // busy for a few hundred ms, and the range's rows would wait behind it. The Task filter asks for the
  // list itself when opened.
  const rangeArriving =
    state.mode !== 'paged' && (data.loading || (!!data.rangeProgress && !data.rangeProgress.stopped));
  const tasks = useTasks({ per_page: 100 }, { enabled: !rangeArriving });
  const paged = state.mode === 'paged';
  const range = useMemo(() => viewRange(state), [state]);
  const [openedAt] = useState(() => Date.now());
  const thisYear = new Date(openedAt).getFullYear();
  // A member's Person filter offers only themselves: their list never holds anyone else's entries.
  const onlyMe = !permissions.canManageEntries;
  const personChoices = useMemo(
    () =>
      onlyMe
        ? permissions.me
          ? [{ id: permissions.me.user_account_id, name: permissions.me.name }]
          : []
        : people.options,
    [onlyMe, permissions.me, people.options],
  );

  // Any change of what matches starts again at page 1.
  const onFilter = useCallback((patch: FilterPatch) => setState({ ...patch, page: 1 }), [setState]);
  const onSort = useCallback((sort: EntriesViewState['sort']) => setState({ sort, page: 1 }), [setState]);
  const withActions = !!props.renderRowActions;
  // Dates outside this year carry their year: the column makes room for it only when the range has some.
  const otherYears = range.from.getFullYear() !== thisYear || range.to.getFullYear() !== thisYear;
  const startWidth = useMemo(
    () => measureStartWidth(localTimeZone(), openedAt, `13px ${rootFont()}`, otherYears),
    [openedAt, otherYears],
  );
  const columns = useMemo(
    () => entriesColumns(view, withActions, startWidth),
    [view, withActions, startWidth],
  );
  const choices = useMemo(() => columnChoices(columns), [columns]);

  return (
    <div className="entries-screen">
      <header className="page-header entries-header">
        <h1>{props.title}</h1>
        <ModeSwitch mode={state.mode} onChange={(mode) => setState({ mode, page: 1 })} />
        <div className="actions">
          {!cards && (
            <ColumnVisibilityMenu
              columns={choices}
              visibility={visibility}
              onChange={setVisibility}
              onReset={() => setVisibility(defaultHidden(view))}
            />
          )}
          <ExportCsvButton state={state} archived={archived} personName={people.name} />
          {props.onNewEntry && (
            <button type="button" className="button primary" aria-keyshortcuts="N" onClick={props.onNewEntry}>
              <span aria-hidden>+</span> New entry
            </button>
          )}
        </div>
      </header>
      <EntriesFilters
        state={state}
        onChange={onFilter}
        tasks={tasks.data?.data ?? []}
        people={personChoices}
        onlyMe={onlyMe}
        rangeText={rangeLabel(range)}
      />
      <EntriesSummary
        totals={data.totals}
        totalsError={data.rangeError}
        scope={`Every matching entry · ${rangeLabel(range)}`}
        notice={<EntriesNotes state={state} data={data} />}
        range={range}
        personName={people.name}
        chart={{
          visible: chartPrefs.visible,
          onToggle: (visible) => setChartPrefs({ ...chartPrefs, visible }),
          group: chartPrefs.group,
          onGroup: (group) => setChartPrefs({ ...chartPrefs, group }),
          rows: data.rangeRows,
          loading: data.rangeLoading,
          error: data.rangeError,
          retry: data.retryRange,
        }}
      />
      {selection.count > 0 && props.selectionBar && (
        <div className="entries-selection">{props.selectionBar}</div>
      )}
      <div className="entries-table-area" data-virtual={!paged || undefined}>
        {data.refreshing && (
          <div className="entries-progress" role="progressbar" aria-label="Loading entries" />
        )}
        <EntriesTable
          view={view}
          columns={columns}
          rows={data.rows}
          wholeRange={!paged}
          loading={data.loading}
          refreshing={data.refreshing}
          skeletonRows={Math.min(state.per_page, 14)}
          empty={
            <EntriesTableState
              data={data}
              state={state}
              onFilter={onFilter}
              onPage={(page) => setState({ page })}
            />
          }
          sort={state.sort}
          onSort={onSort}
          columnVisibility={cards ? CARD_VISIBILITY : visibility}
          cards={cards}
          personName={people.name}
          selection={selection}
          onOpenEntry={props.onOpenEntry}
          renderRowActions={props.renderRowActions}
          onOpenTimeBlock={props.onOpenTimeBlock}
        />
      </div>
      {paged && (
        <EntriesPager
          page={state.page}
          perPage={state.per_page}
          pageLength={data.pageLength}
          total={data.totals?.count ?? null}
          hasNext={data.hasNext}
          busy={data.refreshing}
          onPage={(page) => setState({ page })}
          onPerPage={(per_page) => setState({ per_page, page: 1 })}
        />
      )}
    </div>
  );
}
