import { useId, useState } from 'react';
import { RANGE_PRESETS, viewRange, type EntriesViewState } from './entries-view-state.ts';
import { RANGE_PRESET_LABELS } from '../../lib/date-range.ts';

type RangePatch = Pick<EntriesViewState, 'range' | 'from' | 'to'>;

const pad = (n: number) => String(n).padStart(2, '0');
const toDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
// A date input reports every intermediate year while one types "2025" (0002, 0020, ...): those wait for blur.
const plausible = (day: string) => /^(19|20)\d\d-\d\d-\d\d$/.test(day);

/** From / To (local calendar days, inclusive) and the presets; a preset shows its days in From and To. */
export function DateRangeFields({
  state,
  onChange,
}: {
  state: EntriesViewState;
  onChange: (p: RangePatch) => void;
}) {
  const id = useId();
  const { from, to } = viewRange(state);
  const [draft, setDraft] = useState<{ from?: string; to?: string }>({});
  const shownFrom = draft.from ?? toDay(from);
  const shownTo = draft.to ?? toDay(to);

  const commit = (which: 'from' | 'to', value: string) => {
    setDraft({});
    if (!plausible(value)) return;
    let next = { from: toDay(from), to: toDay(to), [which]: value };
    // A range that ends before it starts follows the date just set.
    if (next.from > next.to) next = { from: value, to: value };
    onChange({ range: undefined, ...next });
  };
  const field = (which: 'from' | 'to', label: string, value: string) => (
    <div className="field entries-date">
      <label htmlFor={`${id}-${which}`}>{label}</label>
      <input
        id={`${id}-${which}`}
        type="date"
        value={value}
        required
        onChange={(e) => {
          const v = e.target.value;
          if (plausible(v)) commit(which, v);
          else setDraft((d) => ({ ...d, [which]: v }));
        }}
        onBlur={(e) => draft[which] !== undefined && commit(which, e.target.value)}
      />
    </div>
  );

  const preset = state.from && state.to ? 'custom' : (state.range ?? 'this-week');
  return (
    <>
      <div className="field entries-preset">
        <label htmlFor={`${id}-preset`}>Range</label>
        <select
          id={`${id}-preset`}
          value={preset}
          onChange={(e) =>
            onChange({ range: e.target.value as RangePatch['range'], from: undefined, to: undefined })
          }
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
      {field('from', 'From', shownFrom)}
      {field('to', 'To', shownTo)}
    </>
  );
}
