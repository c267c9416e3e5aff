import { useId, useState } from 'react';
import { DateRangeFields } from '../../components/date-range-fields.tsx';
import type { RangeChoice } from '../../lib/date-range.ts';
import type { AttentionViewState } from './attention-view-state.ts';

export type AttentionPatch = Partial<AttentionViewState>;

interface Props {
  state: AttentionViewState;
  onChange: (patch: AttentionPatch, options?: { replace?: boolean }) => void;
  people: readonly { id: number; name: string }[];
}

/** Hours, committed to the URL once they are a number a person could mean. */
function HoursField({
  label,
  value,
  onChange,
  disabled,
}: {
  label: string;
  value: number;
  onChange: (hours: number) => void;
  disabled?: boolean;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <div className="field attention-hours">
      <label htmlFor={id}>{label}</label>
      <span className="attention-hours-input">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={0.25}
          max={168}
          step={0.25}
          value={draft ?? String(value)}
          disabled={disabled}
          onChange={(e) => {
            setDraft(e.target.value);
            const n = Number(e.target.value);
            if (e.target.value !== '' && n > 0 && n <= 168) onChange(n);
          }}
          onBlur={() => setDraft(null)}
        />
        <span aria-hidden>h</span>
      </span>
    </div>
  );
}

/** Range, person and thresholds: all of it lands in the URL, so the view can be shared as a link. */
export function AttentionFilters({ state, onChange, people }: Props) {
  const id = useId();
  const hours = (key: 'running_h' | 'long_h' | 'break_h') => (n: number) =>
    onChange({ [key]: n }, { replace: true });
  return (
    <div className="attention-filters">
      <div className="attention-filter-row" role="group" aria-label="Range and people">
        <DateRangeFields
          state={state}
          fallback="last-30-days"
          onChange={(p: RangeChoice) => onChange(p as AttentionPatch)}
        />
        <div className="field">
          <label htmlFor={`${id}-person`}>Person</label>
          <select
            id={`${id}-person`}
            value={state.person ?? ''}
            onChange={(e) => onChange({ person: e.target.value ? Number(e.target.value) : undefined })}
          >
            <option value="">Everyone</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="attention-filter-row attention-thresholds">
        <legend>Thresholds</legend>
        <HoursField label="Running longer than" value={state.running_h} onChange={hours('running_h')} />
        <HoursField label="Longer than" value={state.long_h} onChange={hours('long_h')} />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={state.breaks === '1'}
            onChange={(e) => onChange({ breaks: e.target.checked ? '1' : '0' })}
          />
          Check breaks
        </label>
        <HoursField
          label="Breaks longer than"
          value={state.break_h}
          onChange={hours('break_h')}
          disabled={state.breaks !== '1'}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={state.weekends === '1'}
            onChange={(e) => onChange({ weekends: e.target.checked ? '1' : '0' })}
          />
          Check weekend activity
        </label>
      </fieldset>
    </div>
  );
}
