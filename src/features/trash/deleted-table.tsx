import { useEffect, useRef } from 'react';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import type { DeletedRecord } from '../../api/index.ts';
import type { Selection } from '../../components/selection.ts';
import { formatDateTime, formatStart } from '../../lib/date-format.ts';
import { taskName } from '../../lib/display-names.ts';
import { formatDuration } from '../../lib/format-duration.ts';

interface Props {
  records: readonly DeletedRecord[];
  selection: Selection<TimeEntryWithTask>;
  personName: (id: number) => string;
  busy: ReadonlySet<number>;
  onRestore: (entry: TimeEntryWithTask) => void;
}

/** The entries this browser deleted, newest deletion first, each with Restore. */
export function DeletedTable({ records, selection, personName, busy, onRestore }: Props) {
  const all = records.map((r) => r.entry);
  const selected = all.filter((e) => selection.has(e.id)).length;
  const headerBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (headerBox.current) headerBox.current.indeterminate = selected > 0 && selected < all.length;
  }, [selected, all.length]);

  return (
    <div className="trash-table-wrap">
      <table className="trash-table" aria-label="Recently deleted entries">
        <thead>
          <tr>
            <th scope="col" className="trash-check">
              <input
                ref={headerBox}
                type="checkbox"
                aria-label="Select all deleted entries"
                checked={all.length > 0 && selected === all.length}
                onChange={(e) => selection.set(all, e.target.checked)}
              />
            </th>
            <th scope="col">Entry</th>
            <th scope="col">Person</th>
            <th scope="col">Start</th>
            <th scope="col" className="trash-num">
              Duration
            </th>
            <th scope="col">Deleted</th>
            <th scope="col">
              <span className="trash-sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {records.map(({ entry, deletedAt }) => (
            <tr key={entry.id} aria-selected={selection.has(entry.id)} data-entry-id={entry.id}>
              <td className="trash-check">
                <input
                  type="checkbox"
                  aria-label={`Select deleted entry ${entry.id}`}
                  checked={selection.has(entry.id)}
                  onChange={() => selection.toggle(entry)}
                />
              </td>
              <td className="trash-col-entry">
                <div className="trash-title">
                  {entry.task?.color && (
                    <span className="dot" style={{ background: entry.task.color }} aria-hidden />
                  )}
                  {taskName(entry.task_id, entry.task?.name)}
                </div>
                <div className="muted num">
                  #{entry.id}
                  {entry.task?.project?.name ? ` · ${entry.task.project.name}` : ''}
                </div>
              </td>
              <td className="trash-col-person">{personName(entry.toggl_user_id)}</td>
              <td className="num trash-col-start">
                {entry.start ? formatStart(Date.parse(entry.start)) : '—'}
              </td>
              <td className="num trash-num trash-col-duration">
                {entry.duration === null || entry.duration === undefined
                  ? 'running'
                  : formatDuration(entry.duration)}
              </td>
              <td className="num muted trash-col-deleted">{formatDateTime(Date.parse(deletedAt))}</td>
              <td className="trash-actions">
                <button
                  type="button"
                  className="button small"
                  aria-label={`Restore entry ${entry.id}`}
                  disabled={busy.has(entry.id)}
                  onClick={() => onRestore(entry)}
                >
                  {busy.has(entry.id) ? 'Restoring…' : 'Restore'}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
