import { useId, useMemo, useState } from 'react';
import type { Task } from '../../../contract/index.ts';
import type { EntriesViewState } from './entries-view-state.ts';
import { DateRangeFields } from '../../components/date-range-fields.tsx';
import { TaskFilter } from './task-filter.tsx';
import './entries-filters.css';

export type FilterPatch = Partial<
  Pick<EntriesViewState, 'range' | 'from' | 'to' | 'task' | 'status' | 'type' | 'block' | 'person'>
>;

interface Props {
  state: EntriesViewState;
  onChange: (patch: FilterPatch) => void;
  tasks: readonly Task[];
  /** The people the Person filter offers: everyone for a manager, only themselves for a member. */
  people: readonly { id: number; name: string }[];
  /** A member sees only their own entries: the Person filter shows just them and cannot change. */
  onlyMe: boolean;
  /** The range in words, shown beside the Filters button while the panel is folded. */
  rangeText: string;
}

const optionalNumber = (v: string) => (v === '' ? undefined : Number(v));

/**
 * The filter bar: range, task, status, type, time block and person. Each change lands in the URL. On a
 * narrow screen the bar folds behind a "Filters" button that says how many filters are on.
 */
export function EntriesFilters({ state, onChange, tasks, people, onlyMe, rangeText }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const statuses = useMemo(() => {
    const byId = new Map<number, { id: number; name: string; emoji?: string | null | undefined }>();
    for (const t of tasks) if (t.status) byId.set(t.status.id, t.status);
    return [...byId.values()].sort((a, b) => a.id - b.id);
  }, [tasks]);
  const activeCount = [state.task, state.status, state.type, state.block, state.person].filter(
    (v) => v !== undefined,
  ).length;
  const active = activeCount > 0;
  const clear = () =>
    onChange({ task: undefined, status: undefined, type: undefined, block: undefined, person: undefined });

  return (
    <>
      <div className="entries-filters-toggle-bar">
        <button
          type="button"
          className="button entries-filters-toggle"
          aria-expanded={open}
          aria-controls={`${id}-panel`}
          onClick={() => setOpen((o) => !o)}
        >
          <FilterIcon />
          Filters
          {active && (
            <span className="badge accent num">
              {activeCount}
              <span className="dt-sr-only"> on</span>
            </span>
          )}
        </button>
        <span className="entries-filters-range muted">{rangeText}</span>
        {active && (
          <button type="button" className="button ghost entries-filters-clear" onClick={clear}>
            Clear
          </button>
        )}
      </div>
      <div
        className="entries-filters"
        role="group"
        aria-label="Filters"
        id={`${id}-panel`}
        data-open={open || undefined}
      >
        <DateRangeFields state={state} fallback="this-week" onChange={onChange} />
        <span className="entries-filters-divider" aria-hidden />
        <TaskFilter
          value={state.task}
          valueLabel={tasks.find((t) => t.id === state.task)?.name}
          onChange={(task) => onChange({ task })}
        />
        <div className="field entries-select">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            value={state.status ?? ''}
            onChange={(e) => onChange({ status: optionalNumber(e.target.value) })}
          >
            <option value="">Any status</option>
            {statuses.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
            {state.status !== undefined && !statuses.some((s) => s.id === state.status) && (
              <option value={state.status}>Status {state.status}</option>
            )}
          </select>
        </div>
        <div className="field entries-select entries-type">
          <label htmlFor={`${id}-type`}>Type</label>
          <select
            id={`${id}-type`}
            value={state.type ?? ''}
            onChange={(e) => onChange({ type: (e.target.value || undefined) as EntriesViewState['type'] })}
          >
            <option value="">Any type</option>
            <option value="activity">Activity</option>
            <option value="break">Break</option>
          </select>
        </div>
        <TimeBlockField value={state.block} onChange={(block) => onChange({ block })} />
        <div className="field entries-select">
          <label htmlFor={`${id}-person`}>Person</label>
          {onlyMe ? (
            // A member's list holds only their own entries: one person, nothing to choose.
            <select id={`${id}-person`} value="" disabled aria-describedby={`${id}-person-hint`}>
              <option value="">{people[0]?.name ?? 'Only you'}</option>
            </select>
          ) : (
            <select
              id={`${id}-person`}
              value={state.person ?? ''}
              onChange={(e) => onChange({ person: optionalNumber(e.target.value) })}
            >
              <option value="">Everyone</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
              {state.person !== undefined && !people.some((p) => p.id === state.person) && (
                <option value={state.person}>Person {state.person}</option>
              )}
            </select>
          )}
          {onlyMe && (
            <span id={`${id}-person-hint`} className="dt-sr-only">
              You see only your own entries.
            </span>
          )}
        </div>
        {active && (
          <button type="button" className="button ghost small entries-clear" onClick={clear}>
            Clear filters
          </button>
        )}
      </div>
    </>
  );
}

function FilterIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden fill="none" stroke="currentColor">
      <path d="M1.5 2.5h11L8.5 7.5v4l-3 1.5v-5.5z" strokeWidth="1.4" strokeLinejoin="round" />
    </svg>
  );
}

/** A time-block id; applied on Enter or when the field is left, so typing "123" asks once, not three times. */
function TimeBlockField({
  value,
  onChange,
}: {
  value: number | undefined;
  onChange: (v: number | undefined) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const commit = (text: string) => {
    setDraft(null);
    const n = Number(text);
    const next = text.trim() === '' || !Number.isInteger(n) || n < 1 ? undefined : n;
    if (next !== value) onChange(next);
  };
  return (
    <div className="field entries-select entries-block-field">
      <label htmlFor={id}>Time block</label>
      <input
        id={id}
        inputMode="numeric"
        pattern="[0-9]*"
        placeholder="Any"
        value={draft ?? (value === undefined ? '' : String(value))}
        onChange={(e) => setDraft(e.target.value.replace(/[^0-9]/g, ''))}
        onBlur={(e) => draft !== null && commit(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(e.currentTarget.value);
          if (e.key === 'Escape') setDraft(null);
        }}
      />
    </div>
  );
}
