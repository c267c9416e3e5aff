import { useId, useState } from 'react';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { planBulkEdit } from '../../lib/bulk-plan.ts';
import { parseDuration } from '../../lib/duration-parse.ts';
import { formatDuration } from '../../lib/format-duration.ts';
import { formatClock, planStops, type StopAt } from './detect/plan-stops.ts';
import { forWhich, plural, type FixActions } from './fix-requests.ts';
import type { FixContext } from './group-section.tsx';

type Context = FixContext<TimeEntryWithTask>;

/** `18:30` → minutes after midnight. */
function readClock(text: string): number | null {
  const m = /^(\d{1,2}):([0-5]\d)$/.exec(text.trim());
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes < 24 * 60 ? minutes : null;
}

/** Stop forgotten timers: at the start plus that person's typical entry length that day, or at a typed time. */
export function RunningFix({ context, actions }: { context: Context; actions: FixActions }) {
  const id = useId();
  const [mode, setMode] = useState<'typical' | 'clock'>('typical');
  const [clock, setClock] = useState('18:00');
  const [error, setError] = useState<string | null>(null);
  const { targets } = context;

  const preview = () => {
    let at: StopAt = { kind: 'typical' };
    if (mode === 'clock') {
      const minutes = readClock(clock);
      if (minutes === null) return setError('Type a time of day such as 17:30.');
      at = { kind: 'clock', minutes };
    }
    setError(null);
    actions.previewPlan({
      title: `Preview: stop ${plural(targets.length, 'running entry', 'running entries')}`,
      lead:
        at.kind === 'typical'
          ? "Each stops at its start plus the person's median entry length that day."
          : `Each stops at ${formatClock(at.kind === 'clock' ? at.minutes : 0)} on the day it started.`,
      plan: planStops(targets, actions.all, at, { now: Date.now() }),
      summary:
        at.kind === 'typical'
          ? 'Stopped running entries at their typical length'
          : `Stopped running entries at ${clock.trim()}`,
    });
  };

  return (
    <div className="attention-fix" role="group" aria-label="Suggested fix for running entries">
      <fieldset className="attention-choice">
        <legend>Stop at</legend>
        <label className="checkbox">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'typical'}
            onChange={() => setMode('typical')}
          />
          start + typical length that day
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'clock'}
            onChange={() => setMode('clock')}
          />
          a time:
        </label>
        <input
          className="input attention-clock"
          aria-label="Stop time (hh:mm, on the day it started)"
          value={clock}
          onFocus={() => setMode('clock')}
          onChange={(e) => setClock(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
      </fieldset>
      <PreviewWithError context={context} onPreview={preview} error={error} errorId={`${id}-error`} />
    </div>
  );
}

/** The fix's Preview button, and the reason beside it when the typed value cannot be used. */
function PreviewWithError({
  context,
  onPreview,
  error,
  errorId,
}: {
  context: Context;
  onPreview: () => void;
  error: string | null;
  errorId: string;
}) {
  return (
    <>
      <button type="button" className="button primary small" onClick={onPreview}>
        Preview fix for {forWhich(context.targets.length, context.selected, 'entry', 'entries')}
      </button>
      {error && (
        <p id={errorId} role="alert" className="field-error">
          {error}
        </p>
      )}
    </>
  );
}

/** Set one duration on very long entries (or open one in its form, from its link). */
export function DurationFix({
  context,
  actions,
  label,
  suggested,
}: {
  context: Context;
  actions: FixActions;
  label: string;
  /** What the field starts with: a working day for very long entries, an hour for a break. */
  suggested: string;
}) {
  const id = useId();
  const [text, setText] = useState(suggested);
  const [error, setError] = useState<string | null>(null);
  const { targets } = context;
  const preview = () => {
    const parsed = parseDuration(text);
    if (!parsed.ok) return setError(parsed.error);
    setError(null);
    const shown = formatDuration(parsed.seconds);
    actions.previewPlan({
      title: `Preview: set the duration of ${plural(targets.length, 'entry', 'entries')} to ${shown}`,
      plan: planBulkEdit(targets, { duration: parsed.seconds }, { now: Date.now() }),
      summary: `Set duration to ${shown}`,
    });
  };
  return (
    <div className="attention-fix" role="group" aria-label={label}>
      <div className="field">
        <label htmlFor={`${id}-duration`}>Set duration to</label>
        <input
          id={`${id}-duration`}
          className="attention-duration"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
      </div>
      <PreviewWithError context={context} onPreview={preview} error={error} errorId={`${id}-error`} />
      <p className="muted attention-hint">Or open an entry from its link to set its own times.</p>
    </div>
  );
}

/** Zero-length entries carry no time: deleting them is the usual fix (undoable). */
export function ZeroFix({ context, actions }: { context: Context; actions: FixActions }) {
  const { targets, selected } = context;
  return (
    <div className="attention-fix" role="group" aria-label="Suggested fix for zero-length entries">
      <button
        type="button"
        className="button small"
        onClick={() =>
          actions.confirmDelete({
            rows: [...targets],
            title: `Delete ${plural(targets.length, 'zero-length entry', 'zero-length entries')}?`,
          })
        }
      >
        Delete {forWhich(targets.length, selected, 'entry', 'entries')}
      </button>
    </div>
  );
}

/** Groups whose fix is a person's judgement: a pointer to the form. */
export function FormHint({ text }: { text: string }) {
  return <p className="muted attention-hint attention-fix">{text}</p>;
}
