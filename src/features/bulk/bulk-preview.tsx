import { useState } from 'react';
import { formatCount } from '../../lib/locale.ts';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import type { FieldChange, PlannedChange } from '../../lib/bulk-plan.ts';
import { formatStart } from '../../lib/date-format.ts';
import { formatDuration } from '../../lib/format-duration.ts';
import { entryTitle, entryWhen } from './entry-text.ts';
import { useKeyboardScrollable } from '../../components/use-keyboard-scrollable.ts';

const FIELD_LABEL: Record<FieldChange['field'], string> = {
  task_id: 'Task',
  type: 'Type',
  start: 'Start',
  duration: 'Duration',
  time_block_id: 'Time block',
};
/** Rows drawn at first; a preview of thousands grows on request rather than stalling the dialog. */
const PAGE = 100;

interface Props {
  plan: readonly PlannedChange<TimeEntryWithTask>[];
  taskName: (id: number) => string;
  personName: (id: number) => string;
}

const startTexts = new Map<string, string>();
/** Formatting dates is the costly part of a long preview; each start is formatted once. */
function startText(iso: string): string {
  let text = startTexts.get(iso);
  if (text === undefined) {
    text = formatStart(Date.parse(iso));
    if (startTexts.size > 20_000) startTexts.clear();
    startTexts.set(iso, text);
  }
  return text;
}

const rank = (p: PlannedChange) => (p.problems.length ? 0 : p.warnings.length ? 1 : p.changes.length ? 2 : 3);

/** Each entry's old and new values, the ones that would become invalid first; nothing is sent from here. */
export function BulkPreview({ plan, taskName, personName }: Props) {
  const [shown, setShown] = useState(PAGE);
  const show = (c: FieldChange, side: 'before' | 'after') => {
    const v = c[side];
    if (v === null || v === undefined) return c.field === 'time_block_id' ? 'none' : '—';
    if (c.field === 'start') return startText(String(v));
    if (c.field === 'duration') return formatDuration(Number(v));
    if (c.field === 'task_id') return taskName(Number(v));
    if (c.field === 'type') return v === 'break' ? 'Break' : 'Activity';
    return `#${String(v)}`;
  };
  const sorted = [...plan].sort((a, b) => rank(a) - rank(b));
  const counts = {
    change: plan.filter((p) => p.patch).length,
    invalid: plan.filter((p) => p.problems.length).length,
    unchanged: plan.filter((p) => !p.problems.length && !p.changes.length).length,
    warned: plan.filter((p) => p.patch && p.warnings.length).length,
  };

  const scrollRef = useKeyboardScrollable<HTMLDivElement>();
  return (
    <div className="bulk-preview">
      <p className="bulk-preview-summary" aria-live="polite">
        <span className="badge accent">{counts.change} will change</span>
        {counts.invalid > 0 && (
          <span className="badge danger">{counts.invalid} would become invalid — left out</span>
        )}
        {counts.warned > 0 && <span className="badge warning">{counts.warned} with a warning</span>}
        {counts.unchanged > 0 && <span className="badge">{counts.unchanged} already match</span>}
      </p>
      <div className="bulk-preview-scroll" ref={scrollRef}>
        <table className="bulk-table" aria-label="Preview of changes">
          <thead>
            <tr>
              <th scope="col">Entry</th>
              <th scope="col">Person</th>
              <th scope="col">Change</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {sorted.slice(0, shown).map((p) => (
              <tr
                key={p.entry.id}
                data-entry-id={p.entry.id}
                className={p.problems.length ? 'is-invalid' : p.changes.length ? undefined : 'is-unchanged'}
              >
                <td>
                  <div className="bulk-entry-title">{entryTitle(p.entry)}</div>
                  <div className="muted num">
                    #{p.entry.id} · {p.entry.start ? startText(p.entry.start) : entryWhen(p.entry)}
                  </div>
                </td>
                <td>{personName(p.entry.toggl_user_id)}</td>
                <td>
                  {p.changes.length === 0 && p.problems.length === 0 && (
                    <span className="muted">No change</span>
                  )}
                  {p.changes.map((c) => (
                    <div key={c.field} className="bulk-change">
                      <span className="bulk-change-field">{FIELD_LABEL[c.field]}</span>
                      <del aria-label={`${FIELD_LABEL[c.field]} before`}>{show(c, 'before')}</del>
                      <span aria-hidden>→</span>
                      <ins aria-label={`${FIELD_LABEL[c.field]} after`}>{show(c, 'after')}</ins>
                    </div>
                  ))}
                </td>
                <td>
                  {p.problems.map((m) => (
                    <span key={m} className="badge danger">
                      Invalid: {m}
                    </span>
                  ))}
                  {p.warnings.map((m) => (
                    <span key={m} className="badge warning">
                      {m}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {sorted.length > shown && (
        <p className="bulk-preview-more">
          <span className="muted">
            Showing {formatCount(shown)} of {formatCount(sorted.length)}; the rest are not flagged.
          </span>
          <button type="button" className="button small" onClick={() => setShown((n) => n + PAGE * 5)}>
            Show {Math.min(PAGE * 5, sorted.length - shown)} more
          </button>
        </p>
      )}
    </div>
  );
}
