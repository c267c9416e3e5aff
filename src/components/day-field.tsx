import { useState, type Ref } from 'react';
import { formatDay } from '../lib/date-format.ts';
import { parseDay } from '../lib/date-parse.ts';

const addDays = (key: string, n: number) => {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
};

export interface DayFieldProps {
  id: string;
  /** The calendar day, `2026-11-30`. */
  value: string;
  onChange: (day: string) => void;
  /** Today's calendar day: a typed day without a year is in today's year; "today" means it. */
  today: string;
  /** Ids of elements describing the field (its hint); the field adds its own error message. */
  describedBy?: string;
  onBlur?: () => void;
  className?: string;
  ref?: Ref<HTMLInputElement>;
}

/**
 * One calendar day in one text field: it shows the day as the person's locale writes it
 * (`30 Nov 2026`), reads what they type in that locale or as ISO (`30/11`, `Nov 30`, `2026-11-30`,
 * `today`), and ↑/↓ move a day. The change lands on Enter or when the field is left; what cannot be
 * read stays in the field with a message, so nothing typed is lost. One tab stop per date.
 */
export function DayField({ id, value, onChange, today, describedBy, onBlur, className, ref }: DayFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorId = `${id}-error`;

  const commit = (text: string) => {
    const parsed = parseDay(text, today);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setDraft(null);
    setError(null);
    if (parsed.key !== value) onChange(parsed.key);
  };

  return (
    <span className={`day-field${className ? ` ${className}` : ''}`}>
      <input
        ref={ref}
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={draft ?? (value ? formatDay(value) : '')}
        aria-invalid={error ? true : undefined}
        aria-describedby={[error ? errorId : '', describedBy ?? ''].filter(Boolean).join(' ') || undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={(e) => {
          if (draft !== null) commit(e.target.value);
          onBlur?.();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && draft !== null) {
            e.preventDefault();
            commit(e.currentTarget.value);
          } else if (e.key === 'Escape' && draft !== null) {
            e.stopPropagation();
            setDraft(null);
            setError(null);
          } else if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && value && draft === null) {
            e.preventDefault();
            onChange(addDays(value, e.key === 'ArrowUp' ? 1 : -1));
          }
        }}
      />
      {error && (
        <span id={errorId} className="day-field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
