import { useId, useState } from 'react';
import {
  chosenRange,
  RANGE_PRESET_LABELS,
  RANGE_PRESETS,
  type RangeChoice,
  type RangePreset,
} from '../lib/date-range.ts';
import { dayKey } from '../lib/dates.ts';
import { DayField } from './day-field.tsx';

/** From / To (local calendar days, inclusive) and the presets; a preset shows its days in From and To. */
export function DateRangeFields({
  state,
  fallback,
  onChange,
}: {
  state: RangeChoice;
  /** The preset in force when the state names neither days nor a preset. */
  fallback: RangePreset;
  onChange: (p: RangeChoice) => void;
}) {
  const id = useId();
  const [today] = useState(() => dayKey(Date.now()));
  const range = chosenRange(state, fallback);
  const from = dayKey(range.from);
  const to = dayKey(range.to);

  const commit = (which: 'from' | 'to', value: string) => {
    let next = { from, to, [which]: value };
    // A range that ends before it starts follows the date just set.
    if (next.from > next.to) next = { from: value, to: value };
    onChange({ range: undefined, ...next });
  };
  const field = (which: 'from' | 'to', label: string, value: string) => (
    <div className="field entries-date">
      <label htmlFor={`${id}-${which}`}>{label}</label>
      <DayField id={`${id}-${which}`} value={value} today={today} onChange={(v) => commit(which, v)} />
    </div>
  );

  const preset = state.from && state.to ? 'custom' : (state.range ?? fallback);
  return (
    <>
      <div className="field entries-preset">
        <label htmlFor={`${id}-preset`}>Range</label>
        <select
          id={`${id}-preset`}
          value={preset}
          onChange={(e) => onChange({ range: e.target.value as RangePreset, from: undefined, to: undefined })}
        >
          {RANGE_PRESETS.map((p) => (
            <option key={p} value={p}>
              {RANGE_PRESET_LABELS[p]}
            </option>
          ))}
          <option value="custom" disabled>
            Custom
          </option>
        </select>
      </div>
      {field('from', 'From', from)}
      {field('to', 'To', to)}
    </>
  );
}
