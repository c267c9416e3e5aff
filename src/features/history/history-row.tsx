import { useId, useState } from 'react';
import type { HistoryKind, HistoryRecord } from '../../api/index.ts';
import { countEntries } from '../../lib/counts.ts';
import { formatDateTime, formatStart } from '../../lib/date-format.ts';
import { formatDuration } from '../../lib/format-duration.ts';
import type { UndoProblem } from './history-screen.tsx';
import { ScrollList } from '../../components/scroll-list.tsx';

const KIND: Record<HistoryKind, { label: string; tone: string; undo: string }> = {
  patch: { label: 'Edit', tone: 'accent', undo: 'Undo edit' },
  delete: { label: 'Delete', tone: 'danger', undo: 'Restore' },
  restore: { label: 'Restore', tone: 'success', undo: 'Delete again' },
  archive: { label: 'Archive', tone: 'warning', undo: 'Unarchive' },
  unarchive: { label: 'Unarchive', tone: '', undo: 'Archive again' },
  duplicate: { label: 'Duplicate', tone: '', undo: '' },
};

const SHOWN = 100;

function showValue(field: string, v: unknown): string {
  if (v === null || v === undefined) return 'none';
  if (field === 'start') return formatStart(Date.parse(String(v)));
  if (field === 'duration') return formatDuration(Number(v));
  if (field === 'type') return v === 'break' ? 'Break' : 'Activity';
  if (field === 'task_id') return `task #${String(v)}`;
  return `#${String(v)}`;
}
const FIELD: Record<string, string> = {
  start: 'start',
  duration: 'duration',
  type: 'type',
  task_id: 'task',
  time_block_id: 'time block',
};

interface Props {
  record: HistoryRecord;
  undoable: boolean;
  busy: boolean;
  problem: UndoProblem | null;
  onUndo: () => void;
}

export function HistoryRow({ record, undoable, busy, problem, onUndo }: Props) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const kind = KIND[record.kind];
  const ids = record.items.filter((i) => i.id > 0);
  return (
    <li className={`history-row${record.undoneAt ? ' is-undone' : ''}`} aria-label={record.summary}>
      <div className="history-main">
        <span className={`badge ${kind.tone}`}>{kind.label}</span>
        <div className="history-text">
          <div className="history-summary">{record.summary}</div>
          <div className="muted history-meta">
            <time dateTime={record.at}>{formatDateTime(Date.parse(record.at))}</time>
            <span aria-hidden>·</span>
            <span>{countEntries(record.items.length)}</span>
            {record.failed > 0 && <span className="badge danger">{record.failed} failed</span>}
            {record.undoneAt && (
              <span className="badge success">Undone {formatDateTime(Date.parse(record.undoneAt))}</span>
            )}
          </div>
        </div>
        <div className="history-actions">
          {ids.length > 0 && (
            <button
              type="button"
              className="button ghost small"
              aria-expanded={open}
              aria-controls={detailsId}
              onClick={() => setOpen((o) => !o)}
            >
              {open ? 'Hide entries' : 'Show entries'}
            </button>
          )}
          {record.kind === 'duplicate' ? (
            <span className="muted history-note">
              Focus does not say which entries the copies became; delete copies from the table.
            </span>
          ) : (
            undoable && (
              <button type="button" className="button small" onClick={onUndo} disabled={busy}>
                {busy ? 'Undoing…' : kind.undo}
              </button>
            )
          )}
        </div>
      </div>
      {problem && (
        <p role="alert" className="form-error history-problem">
          {countEntries(problem.ids.length)} could not be undone (
          {problem.ids
            .slice(0, 20)
            .map((id) => `#${id}`)
            .join(', ')}
          {problem.ids.length > 20 ? ', …' : ''}). Reason: {problem.message}
        </p>
      )}
      {open && (
        <ScrollList id={detailsId} className="history-items">
          {ids.slice(0, SHOWN).map((item) => (
            <li key={item.id}>
              <span className="num">#{item.id}</span>
              {item.before && (
                <span className="muted">
                  was{' '}
                  {Object.entries(item.before)
                    .map(([f, v]) => `${FIELD[f] ?? f} ${showValue(f, v)}`)
                    .join(', ')}
                </span>
              )}
            </li>
          ))}
          {ids.length > SHOWN && <li className="muted">…and {ids.length - SHOWN} more</li>}
        </ScrollList>
      )}
    </li>
  );
}
