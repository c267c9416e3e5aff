import type { Task, TimeEntry } from '../../../contract/index.ts';
import { formatEnd, formatStart } from '../../lib/date-format.ts';
import { taskName } from '../../lib/display-names.ts';
import { formatDuration } from '../../lib/format-duration.ts';

interface Props {
  id: number;
  entries: readonly TimeEntry[];
  taskById: ReadonlyMap<number, Task>;
  personName: (id: number) => string;
}

const endOf = (e: TimeEntry) =>
  e.start && typeof e.duration === 'number' ? Date.parse(e.start) + e.duration * 1000 : null;

/** One block: its span and total, then its entries in time order. */
export function TimeBlockCard({ id, entries, taskById, personName }: Props) {
  const total = entries.reduce((s, e) => s + (e.duration ?? 0), 0);
  const first = entries.find((e) => e.start);
  const lastEnd = Math.max(...entries.map((e) => endOf(e) ?? 0));
  const people = [...new Set(entries.map((e) => personName(e.toggl_user_id)))];
  return (
    <section className="blocks-card" aria-label={`Time block ${id}`}>
      <header className="blocks-card-header">
        <h2>
          Block <span className="num">#{id}</span>
        </h2>
        {entries.length > 0 ? (
          <span className="muted num">
            {entries.length} {entries.length === 1 ? 'entry' : 'entries'} · {formatDuration(total)} total
            {first?.start &&
              lastEnd > 0 &&
              ` · ${formatStart(Date.parse(first.start))}–${formatEnd(Date.parse(first.start), lastEnd)}`}
            {people.length > 0 && ` · ${people.join(', ')}`}
          </span>
        ) : (
          <span className="muted">
            No entries you can see: the block is empty, or its entries are someone else’s.
          </span>
        )}
      </header>
      {entries.length > 0 && (
        <table className="blocks-table">
          <thead>
            <tr>
              <th scope="col">Task</th>
              <th scope="col">Type</th>
              <th scope="col">Start</th>
              <th scope="col">End</th>
              <th scope="col" className="blocks-num">
                Duration
              </th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => {
              const task = e.task_id ? taskById.get(e.task_id) : undefined;
              const end = endOf(e);
              return (
                <tr key={e.id} data-entry-id={e.id}>
                  <td className="blocks-col-task">
                    <div className="blocks-task">
                      {task?.color && <span className="dot" style={{ background: task.color }} aria-hidden />}
                      {taskName(e.task_id, task?.name)}
                    </div>
                    <div className="muted num">
                      #{e.id}
                      {task?.project?.name ? ` · ${task.project.name}` : ''}
                    </div>
                  </td>
                  <td className="blocks-col-type">
                    {e.type === 'break' ? <span className="badge">Break</span> : 'Activity'}
                  </td>
                  <td className="num blocks-col-start">{e.start ? formatStart(Date.parse(e.start)) : '—'}</td>
                  <td className="num blocks-col-end">
                    {e.start && end ? formatEnd(Date.parse(e.start), end) : '—'}
                  </td>
                  <td className="num blocks-num blocks-col-duration">
                    {typeof e.duration === 'number' ? (
                      formatDuration(e.duration)
                    ) : (
                      <span className="badge success">Running</span>
                    )}
                  </td>
                  <td className="blocks-col-status">
                    {e.archived_at ? (
                      <span className="badge warning">Archived</span>
                    ) : (
                      <span className="muted">Active</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
