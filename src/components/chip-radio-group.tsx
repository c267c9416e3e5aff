import { useId } from 'react';
import './chip-radio-group.css';

interface Props<V extends string> {
  /** The group's name ("Stack hours by"). */
  label: string;
  value: V;
  options: readonly (readonly [V, string])[];
  onChange: (value: V) => void;
}

/**
 * A radio group drawn as small chips. Native radios underneath, so it is one Tab stop and the arrow
 * keys move the choice, as a radio group's pattern has it.
 */
export function ChipRadioGroup<V extends string>({ label, value, options, onChange }: Props<V>) {
  const name = useId();
  return (
    <div className="chip-radios" role="radiogroup" aria-label={label}>
      {options.map(([v, text]) => (
        <label key={v}>
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
          <span>{text}</span>
        </label>
      ))}
    </div>
  );
}
