import type { TimeEntry, TimeEntryWithTask } from '../../../contract/index.ts';
import { formatStart } from '../../lib/dates.ts';

/** The task's name as a row shows it, or what stands in for it. */
export function entryTitle(entry: TimeEntry | TimeEntryWithTask): string {
  const task = (entry as TimeEntryWithTask).task;
  if (task?.name) return task.name;
  return entry.task_id ? `Task #${entry.task_id}` : 'No task';
}

export function entryWhen(entry: Pick<TimeEntry, 'start'>): string {
  return entry.start ? formatStart(Date.parse(entry.start)) : 'No start time';
}
