import type { TimeEntry, TimeEntryWithTask } from '../../../contract/index.ts';
import { formatStart } from '../../lib/date-format.ts';
import { taskName } from '../../lib/display-names.ts';

/** The task's name as a row shows it, or what stands in for it. */
export function entryTitle(entry: TimeEntry | TimeEntryWithTask): string {
  return taskName(entry.task_id, (entry as TimeEntryWithTask).task?.name);
}

export function entryWhen(entry: Pick<TimeEntry, 'start'>): string {
  return entry.start ? formatStart(Date.parse(entry.start)) : 'No start time';
}
