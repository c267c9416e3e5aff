import { useId, useMemo, useState } from 'react';
import type { Task } from '../../../contract/index.ts';
import type { EntriesViewState } from './entries-view-state.ts';
import { DateRangeFields } from './date-range-fields.tsx';
import { TaskFilter } from './task-filter.tsx';
import './entries-filters.css';

export type FilterPatch = Partial<
  Pick<EntriesViewState, 'range' | 'from' | 'to' | 'task' | 'status' | 'type' | 'block' | 'person'>
>;

interface Props {
  state: EntriesViewState;
  onChange: (patch: FilterPatch) => void;
  tasks: readonly Task[];
  people: readonly { id: number; name: string }[];
}

const optionalNumber = (v: string) => (v === '' ? undefined : Number(v));

/** The filter bar: range, task, status, type, time block and person. Each change lands in the URL. */
export function EntriesFilters({ state, onChange, tasks, people }: Props) {
  const id = useId();
  const statuses = useMemo(() => {
    const byId = new Map<number, { id: number; name: string; emoji?: string | null | undefined }>();
    for (const t of tasks) if (t.status) byId.set(t.status.id, t.status);
    return [...byId.values()].sort((a, b) => a.id - b.id);
  }, [tasks]);
  const active = [state.task, state.status, state.type, state.block, state.person].some(
    (v) => v !== undefined,
  );

  return (
    <div className="entries-filters" role="group" aria-label="Filters">
      <DateRangeFields state={state} onChange={onChange} />
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
              {s.emoji ? `${s.emoji} ` : ''}
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
        <select
          id={`${id}-person`}
          value={state.person ?? ''}
          aria-describedby={`${id}-person-hint`}
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
        <span id={`${id}-person-hint`} className="dt-sr-only">
          The API has no person filter: this filters the entries already loaded.
        </span>
      </div>
      {active && (
        <button
          type="button"
          className="button ghost small entries-clear"
          onClick={() =>
            onChange({
              task: undefined,
              status: undefined,
              type: undefined,
              block: undefined,
              person: undefined,
            })
          }
        >
          Clear filters
        </button>
      )}
    </div>
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
