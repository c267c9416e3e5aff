import { useMemo, useState, type ReactNode } from 'react';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { usePeople } from '../../api/index.ts';
import type { Selection } from '../../components/selection.ts';
import { localTimeZone } from '../../lib/dates.ts';
import { taskName } from '../../lib/display-names.ts';
import { useUrlState } from '../../navigation/use-url-state.ts';
import { AttentionContext, type AttentionEnv } from './attention-context.ts';
import { AttentionFilters } from './attention-filters.tsx';
import { AttentionGroup } from './attention-groups-view.tsx';
import { shownGroups } from './attention-groups.ts';
import { attentionViewState } from './attention-view-state.ts';
import type { DeleteRequest, FixActions, PlanRequest } from './fix-requests.ts';
import { plural } from './fix-requests.ts';
import { useAttention } from './use-attention.ts';
import './attention.css';

export interface AttentionScreenProps {
  /** The bulk bar for a group's selected entries. */
  renderSelectionBar: (selection: Selection<TimeEntryWithTask>) => ReactNode;
  /** Preview → Apply → Undo of a planned change (recorded in History). */
  renderPlanDialog: (
    props: PlanRequest & { taskName: (id: number) => string; onClose: () => void },
  ) => ReactNode;
  /** Confirm → delete → Undo. */
  renderDeleteDialog: (props: DeleteRequest & { onClose: () => void; onDeleted: () => void }) => ReactNode;
  formHref: (entry: TimeEntryWithTask) => string | null;
  onOpenEntry: (entry: TimeEntryWithTask) => void;
}

type Open = { kind: 'plan'; request: PlanRequest } | { kind: 'delete'; request: DeleteRequest } | null;

/** Everything in the range that looks wrong, in groups, each with a suggested fix to preview and apply. */
export function AttentionScreen(props: AttentionScreenProps) {
  const [state, setState] = useUrlState(attentionViewState);
  const people = usePeople();
  const data = useAttention(state);
  const [open, setOpen] = useState<Open>(null);
  const { groups, thresholds } = data;

  const env = useMemo<AttentionEnv | null>(
    () =>
      data.now === null
        ? null
        : {
            timeZone: localTimeZone(),
            now: data.now,
            thresholds,
            personName: people.name,
            formHref: props.formHref,
            onOpenEntry: props.onOpenEntry,
          },
    [data.now, thresholds, people.name, props.formHref, props.onOpenEntry],
  );
  const actions: FixActions = {
    previewPlan: (request) => setOpen({ kind: 'plan', request }),
    confirmDelete: (request) => setOpen({ kind: 'delete', request }),
    byId: data.byId,
    all: data.rows,
  };
  const close = () => setOpen(null);
  const shown = shownGroups(thresholds);

  return (
    <div className="attention-screen">
      <header className="page-header">
        <div>
          <h1>Needs attention</h1>
          <p className="muted attention-sub">
            Entries that look wrong in the range, for everyone whose entries you can see. Each group suggests
            a fix you preview before anything changes; History can undo it.
          </p>
        </div>
      </header>
      <AttentionFilters state={state} onChange={setState} people={people.options} />
      {data.error && !groups ? (
        <div role="alert" className="notice attention-error">
          <p>The entries could not be loaded: {data.error.message}</p>
          <button type="button" className="button small" onClick={data.retry}>
            Try again
          </button>
        </div>
      ) : !groups || !env ? (
        <p className="muted" role="status">
          Looking for problems…
        </p>
      ) : (
        <AttentionContext.Provider value={env}>
          <nav className="attention-summary" aria-label="Groups" aria-busy={data.detecting || undefined}>
            <p role="status">
              <strong>{plural(groups.count, 'entry', 'entries')}</strong>{' '}
              {groups.count === 1 ? 'needs' : 'need'} attention among{' '}
              {plural(data.rows.length, 'entry', 'entries')}.
            </p>
            <ul>
              {shown.map((g) => {
                const n =
                  g.key === 'overlaps' || g.key === 'duplicates'
                    ? groups[g.key].length
                    : groups.entries[g.key].length;
                return (
                  <li key={g.key}>
                    <a href={`#attention-${g.key}`}>
                      {g.title} <span className={`badge${n ? ' warning' : ''} num`}>{n}</span>
                    </a>
                  </li>
                );
              })}
            </ul>
          </nav>
          {shown.map((info) => (
            <AttentionGroup
              key={info.key}
              info={info}
              groups={groups}
              thresholds={thresholds}
              actions={actions}
              personName={people.name}
              renderSelectionBar={props.renderSelectionBar}
            />
          ))}
        </AttentionContext.Provider>
      )}
      {open?.kind === 'plan' &&
        props.renderPlanDialog({
          ...open.request,
          taskName: (id) => taskName(id, data.rows.find((e) => e.task_id === id)?.task?.name),
          onClose: close,
        })}
      {open?.kind === 'delete' &&
        props.renderDeleteDialog({ ...open.request, onClose: close, onDeleted: () => undefined })}
    </div>
  );
}
