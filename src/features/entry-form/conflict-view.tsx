import { useEffect, useRef } from 'react';
import { formatDuration } from '../../lib/format-duration.ts';
import type { ConflictRow, EditableField } from './entry-form-values.ts';
import { formatStart } from './start-time.ts';
import { taskLabel, useTaskLookup } from './use-task-lookup.ts';

const LABELS: Record<EditableField, string> = {
  start: 'Start',
  duration: 'Duration',
  task_id: 'Task',
  type: 'Type',
  time_block_id: 'Time block',
};

const CHANGED_BY = { you: 'You changed it', them: 'They changed it', both: 'Both changed it' } as const;

/** What saving would overwrite: one row per field, with your value beside the server's. */
export function ConflictView({
  rows,
  timeZone,
  updatedAt,
}: {
  rows: ConflictRow[];
  timeZone: string;
  updatedAt: string | null | undefined;
}) {
  const tasks = useTaskLookup();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);

  const show = (field: EditableField, value: unknown): string => {
    if (value === null || value === undefined) return field === 'duration' ? 'Running (no duration)' : 'None';
    if (field === 'start') return formatStart(String(value), timeZone);
    if (field === 'duration') return formatDuration(Number(value), 'h:mm:ss');
    if (field === 'task_id') return taskLabel(tasks, Number(value));
    if (field === 'type') return value === 'break' ? 'Break' : 'Activity';
    return String(value);
  };

  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="entry-conflict"
      role="group"
      aria-labelledby="entry-conflict-title"
    >
      <div className="notice entry-conflict-notice">
        <strong id="entry-conflict-title">This entry changed while you were editing it.</strong>
        <span>
          Someone saved a new version
          {updatedAt ? ` at ${formatStart(updatedAt, timeZone)}` : ''}. Nothing has been overwritten yet:
          choose which version to keep.
        </span>
      </div>
      <table className="entry-conflict-table" aria-label="Changes">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Yours</th>
            <th scope="col">Theirs</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field}>
              <th scope="row">
                {LABELS[row.field]}
                <span className="muted entry-conflict-who">{CHANGED_BY[row.changedBy]}</span>
              </th>
              <td className="num">
                <span className="badge accent">{show(row.field, row.yours)}</span>
              </td>
              <td className="num">
                <span className="badge warning">{show(row.field, row.theirs)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted entry-conflict-help">
        <strong>Save mine anyway</strong> writes the values in the “Yours” column. <strong>Use theirs</strong>{' '}
        puts the server’s version in the form and drops your changes. <strong>Back to form</strong> changes
        nothing.
      </p>
    </div>
  );
}
