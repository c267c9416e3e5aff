import { useId } from 'react';

type Mode = 'paged' | 'all';

/** Paged (server pages) or Whole range (every matching entry, virtualised). */
export function ModeSwitch({ mode, onChange }: { mode: Mode; onChange: (mode: Mode) => void }) {
  const name = useId();
  const options: [Mode, string][] = [
    ['paged', 'Paged'],
    ['all', 'Whole range'],
  ];
  return (
    <div className="entries-mode" role="radiogroup" aria-label="Rows">
      {options.map(([value, label]) => (
        <label key={value}>
          <input
            type="radio"
            name={name}
            value={value}
            checked={mode === value}
            onChange={() => onChange(value)}
          />
          <span>{label}</span>
        </label>
      ))}
    </div>
  );
}
