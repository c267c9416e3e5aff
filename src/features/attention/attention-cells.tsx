import type { CellContext, RowData } from '@tanstack/react-table';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { Checkbox } from '../../components/data-table/checkbox.tsx';
import type { DataTableFeatures } from '../../components/data-table/data-table-features.ts';
import { formatEnd, formatStart, formatTime } from '../../lib/date-format.ts';
import { calendarDayDiff } from '../../lib/dates.ts';
import { taskName } from '../../lib/display-names.ts';
import { formatDuration } from '../../lib/format-duration.ts';
import type { DuplicateRow, OverlapRow } from './attention-groups.ts';
import { useAttentionEnv, useGroupEnv } from './attention-context.ts';
import type { TrimSide } from './detect/plan-trims.ts';

type Cell<T extends RowData> = CellContext<DataTableFeatures, T, unknown>;
const dash = <span className="muted">—</span>;
const startOf = (e: TimeEntryWithTask) => (e.start ? Date.parse(e.start) : null);

export function SelectHeader() {
  const env = useGroupEnv();
  return (
    <Checkbox
      aria-label="Select every row of this group"
      checked={env.shown === 'all'}
      indeterminate={env.shown === 'some'}
      onChange={(e) => env.toggleAll(e.target.checked)}
    />
  );
}

export function SelectCell<T extends RowData>({ row }: Cell<T>) {
  const env = useGroupEnv();
  return (
    <Checkbox
      aria-label={env.rowLabel(row.original)}
      checked={env.isSelected(row.original)}
      onChange={() => env.toggle(row.original)}
    />
  );
}

/** The entry's id as a link to its form: opens in place, or in a new tab with a modifier key. */
export function EntryLink({ entry }: { entry: TimeEntryWithTask }) {
  const env = useAttentionEnv();
  const href = env.formHref(entry);
  // The form opens an entry under its task; one without a task can only be fixed in bulk.
  if (href === null) return <span className="num">#{entry.id}</span>;
  return (
    <a
      className="attention-link num"
      href={href}
      aria-label={`Open entry ${entry.id}`}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        env.onOpenEntry(entry);
      }}
    >
      #{entry.id}
    </a>
  );
}

/** `Tue 11 Aug, 09:00 – 10:25`, with `+1` when it ends on a later day, or `running`. */
function Span({ entry }: { entry: TimeEntryWithTask }) {
  const { timeZone, now } = useAttentionEnv();
  const s = startOf(entry);
  if (s === null) return dash;
  const end = entry.duration === null || entry.duration === undefined ? null : s + entry.duration * 1000;
  return (
    <span className="num">
      {formatStart(s, timeZone, now)} – {end === null ? 'running' : formatEnd(s, end, timeZone)}
    </span>
  );
}

const task = (e: TimeEntryWithTask) => taskName(e.task_id, e.task?.name);

export const IdCell = ({ row }: Cell<TimeEntryWithTask>) => <EntryLink entry={row.original} />;
export const PersonCell = ({ row }: Cell<TimeEntryWithTask>) =>
  useAttentionEnv().personName(row.original.toggl_user_id);
export const TaskCell = ({ row }: Cell<TimeEntryWithTask>) => (
  <span title={task(row.original)}>{task(row.original)}</span>
);
export const SpanCell = ({ row }: Cell<TimeEntryWithTask>) => <Span entry={row.original} />;

export function DurationCell({ row }: Cell<TimeEntryWithTask>) {
  const { now } = useAttentionEnv();
  const e = row.original;
  const s = startOf(e);
  if (e.duration !== null && e.duration !== undefined) return formatDuration(e.duration);
  return s === null ? (
    dash
  ) : (
    <span className="badge success">{formatDuration((now - s) / 1000)} running</span>
  );
}

/** One side of an overlapping pair: its link, task and times. */
function PairSide({ entry }: { entry: TimeEntryWithTask }) {
  return (
    <span className="attention-pair-side">
      <EntryLink entry={entry} /> <span className="attention-pair-task">{task(entry)}</span>{' '}
      <span className="muted">
        <Span entry={entry} />
      </span>
    </span>
  );
}

export const PairPersonCell = ({ row }: Cell<OverlapRow<TimeEntryWithTask>>) =>
  useAttentionEnv().personName(row.original.later.toggl_user_id);
export const EarlierCell = ({ row }: Cell<OverlapRow<TimeEntryWithTask>>) => (
  <PairSide entry={row.original.earlier} />
);
export const LaterCell = ({ row }: Cell<OverlapRow<TimeEntryWithTask>>) => (
  <PairSide entry={row.original.later} />
);
export const OverlapCell = ({ row }: Cell<OverlapRow<TimeEntryWithTask>>) => (
  <span className="num">{formatDuration(row.original.overlap / 1000)}</span>
);

export function SideCell({ row }: Cell<OverlapRow<TimeEntryWithTask>>) {
  const env = useGroupEnv();
  const { earlier, later, id } = row.original;
  return (
    <select
      className="input attention-side"
      aria-label={`Fix for #${earlier.id} and #${later.id}`}
      value={env.sideOf(id)}
      onChange={(e) => env.setSide(id, e.target.value as TrimSide)}
    >
      <option value="earlier">Trim #{earlier.id} (earlier)</option>
      <option value="later">Trim #{later.id} (later)</option>
    </select>
  );
}

export const CopiesPersonCell = ({ row }: Cell<DuplicateRow<TimeEntryWithTask>>) =>
  useAttentionEnv().personName(row.original.entries[0]?.toggl_user_id ?? 0);
export const CopiesTaskCell = ({ row }: Cell<DuplicateRow<TimeEntryWithTask>>) => {
  const first = row.original.entries[0];
  return first ? task(first) : dash;
};
export const CopiesSpanCell = ({ row }: Cell<DuplicateRow<TimeEntryWithTask>>) => {
  const first = row.original.entries[0];
  return first ? <Span entry={first} /> : dash;
};

export function CopiesCell({ row }: Cell<DuplicateRow<TimeEntryWithTask>>) {
  return (
    <span className="attention-copies">
      {row.original.entries.map((e) => (
        <EntryLink key={e.id} entry={e} />
      ))}
    </span>
  );
}

/** When a future entry starts, relative to now: what makes it stand out. */
export function FutureCell({ row }: Cell<TimeEntryWithTask>) {
  const { now, timeZone } = useAttentionEnv();
  const s = startOf(row.original);
  if (s === null) return dash;
  const days = calendarDayDiff(now, s, timeZone);
  if (days === 0) return `later today, ${formatTime(s, timeZone)}`;
  return days === 1 ? `tomorrow, ${formatTime(s, timeZone)}` : `in ${days} days`;
}
