import type { CellContext } from '@tanstack/react-table';
import { useEffect, useState } from 'react';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import type { DataTableFeatures } from '../../components/data-table/data-table-features.ts';
import { StatusMark } from '../../components/status-mark.tsx';
import { Tooltip } from '../../components/tooltip.tsx';
import { formatDateTime, formatEnd, formatShortDateTime, formatStart } from '../../lib/date-format.ts';
import { taskName } from '../../lib/display-names.ts';
import { formatDuration } from '../../lib/format-duration.ts';
import { useCellEnv } from './entries-table-context.ts';
import { endMs, isRunning, startMs } from './entry-facts.ts';

type Props = CellContext<DataTableFeatures, TimeEntryWithTask, unknown>;
const dash = <span className="muted">—</span>;

export const IdCell = ({ row }: Props) => <span className="entries-id">{row.original.id}</span>;

export function StartCell({ row }: Props) {
  const { timeZone, now } = useCellEnv();
  const s = startMs(row.original);
  return s === null ? dash : <span className="num">{formatStart(s, timeZone, now)}</span>;
}

export function EndCell({ row }: Props) {
  const { timeZone } = useCellEnv();
  const e = row.original;
  if (isRunning(e)) return <span className="badge success entries-live">Running</span>;
  const s = startMs(e);
  const end = endMs(e);
  return s === null || end === null ? dash : <span className="num">{formatEnd(s, end, timeZone)}</span>;
}

export function DurationCell({ row }: Props) {
  const e = row.original;
  const s = startMs(e);
  if (isRunning(e) && s !== null) return <RunningDuration start={s} />;
  return <Tooltip text={formatDuration(e.duration, 'h:mm:ss')}>{formatDuration(e.duration)}</Tooltip>;
}

/** A running entry's elapsed time, ticking every second; only this cell re-renders. */
function RunningDuration({ start }: { start: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  return (
    <span className="entries-running-time">
      {formatDuration(Math.max(0, (now - start) / 1000), 'h:mm:ss')}
    </span>
  );
}

export function TaskCell({ row }: Props) {
  const { view } = useCellEnv();
  const e = row.original;
  return (
    <span className="entries-task">
      <span className="entries-ellipsis">{taskName(e.task_id, e.task?.name)}</span>
      {e.archived_at && view === 'active' && <span className="badge">Archived</span>}
    </span>
  );
}

export function ProjectCell({ row }: Props) {
  const project = row.original.task?.project;
  if (!project) return dash;
  return (
    <span className="entries-project">
      <span className="dot" style={{ background: project.color ?? 'var(--border-strong)' }} aria-hidden />
      <span className="entries-ellipsis">{project.name}</span>
    </span>
  );
}

export function ClientCell({ row }: Props) {
  const client = row.original.task?.client ?? row.original.task?.project?.client;
  return client ? client.name : dash;
}

export function StatusCell({ row }: Props) {
  const status = row.original.task?.status;
  if (!status) return dash;
  return <StatusMark name={status.name} type={status.type} />;
}

export function TagsCell({ row }: Props) {
  const tags = row.original.task?.tags ?? [];
  if (tags.length === 0) return dash;
  return (
    <span className="entries-tags">
      {tags.map((t) => (
        <span key={t.id} className="entries-tag">
          <span className="entries-tag-dot" style={{ background: t.color ?? 'var(--muted)' }} aria-hidden />
          {t.name}
        </span>
      ))}
    </span>
  );
}

export function PersonCell({ row }: Props) {
  return useCellEnv().personName(row.original.toggl_user_id);
}

export const TypeCell = ({ row }: Props) =>
  row.original.type === 'break' ? (
    <span className="badge warning">Break</span>
  ) : (
    <span className="badge">Activity</span>
  );

function Stamp({ iso }: { iso: string | null | undefined }) {
  const { timeZone, now } = useCellEnv();
  const ms = iso ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(ms)) return dash;
  return (
    <Tooltip className="num" text={formatDateTime(ms, timeZone)}>
      {formatShortDateTime(ms, timeZone, now)}
    </Tooltip>
  );
}

export const UpdatedCell = ({ row }: Props) => <Stamp iso={row.original.updated_at} />;
export const CreatedCell = ({ row }: Props) => <Stamp iso={row.original.created_at} />;
export const ArchivedCell = ({ row }: Props) => <Stamp iso={row.original.archived_at} />;
