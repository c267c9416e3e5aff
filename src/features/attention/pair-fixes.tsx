import { useId } from 'react';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { formatStart } from '../../lib/date-format.ts';
import { taskName } from '../../lib/display-names.ts';
import type { DuplicateRow, OverlapRow } from './attention-groups.ts';
import { planDuplicateDeletes, type PlannedDeletion } from './detect/plan-duplicates.ts';
import { planTrims, type TrimSide } from './detect/plan-trims.ts';
import { forWhich, plural, type FixActions } from './fix-requests.ts';
import type { FixContext } from './group-section.tsx';

/** Trim the earlier or the later of each pair: one choice for all, or per pair in the table. */
export function OverlapFix({
  context,
  actions,
}: {
  context: FixContext<OverlapRow<TimeEntryWithTask>>;
  actions: FixActions;
}) {
  const { targets, selected } = context;
  const id = useId();
  const preview = () => {
    const choices = targets.map((r) => ({
      earlier: r.earlier.id,
      later: r.later.id,
      side: context.sideOf(r.id),
    }));
    actions.previewPlan({
      title: `Preview: trim ${plural(targets.length, 'overlapping pair')}`,
      lead: 'Each pair stops overlapping: the earlier entry ends where the later starts, or the later starts where the earlier ends.',
      plan: planTrims(choices, actions.byId, { now: Date.now() }),
      summary: 'Trimmed overlapping entries',
    });
  };
  return (
    <div className="attention-fix" role="group" aria-label="Suggested fix for overlapping entries">
      <div className="field">
        <label htmlFor={id}>For every pair</label>
        <select
          id={id}
          value={context.defaultSide}
          onChange={(e) => context.setAllSides(e.target.value as TrimSide)}
        >
          <option value="earlier">Trim the earlier</option>
          <option value="later">Trim the later</option>
        </select>
      </div>
      <button type="button" className="button primary small" onClick={preview}>
        Preview fix for {forWhich(targets.length, selected, 'pair')}
      </button>
    </div>
  );
}

function DeletionPreview({
  plan,
  personName,
}: {
  plan: PlannedDeletion<TimeEntryWithTask>[];
  personName: (id: number) => string;
}) {
  const describe = (e: TimeEntryWithTask) =>
    `#${e.id} · ${taskName(e.task_id, e.task?.name)}${e.start ? ` · ${formatStart(Date.parse(e.start))}` : ''}`;
  return (
    <div className="bulk-preview-scroll">
      <table className="bulk-table" aria-label="Copies to delete">
        <thead>
          <tr>
            <th scope="col">Deleted</th>
            <th scope="col">Kept (the oldest)</th>
            <th scope="col">Person</th>
          </tr>
        </thead>
        <tbody>
          {plan.map((p) => (
            <tr key={p.entry.id} data-entry-id={p.entry.id}>
              <td>{describe(p.entry)}</td>
              <td>{describe(p.keep)}</td>
              <td>{personName(p.entry.toggl_user_id)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Keep the first-created entry of each set, delete the copies (undoable from the toast and History). */
export function DuplicatesFix({
  context,
  actions,
  personName,
}: {
  context: FixContext<DuplicateRow<TimeEntryWithTask>>;
  actions: FixActions;
  personName: (id: number) => string;
}) {
  const { targets, selected } = context;
  const preview = () => {
    const plan = planDuplicateDeletes(
      targets.map((r) => r.entries.map((e) => e.id)),
      actions.byId,
    );
    actions.confirmDelete({
      rows: plan.map((p) => p.entry),
      title: `Delete ${plural(plan.length, 'duplicate')}?`,
      details: <DeletionPreview plan={plan} personName={personName} />,
    });
  };
  return (
    <div className="attention-fix" role="group" aria-label="Suggested fix for duplicates">
      <button type="button" className="button primary small" onClick={preview}>
        Delete all but the oldest, for {forWhich(targets.length, selected, 'set')}
      </button>
    </div>
  );
}
