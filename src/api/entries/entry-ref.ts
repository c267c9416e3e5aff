import type { TimeEntry } from '../../../contract/index.ts';

/** Where an entry lives in the API's paths: its id, under its task. */
export interface EntryRef {
  id: number;
  task_id: number;
}

/**
 * The ref of an entry as the lists hold it. An entry without a task cannot be addressed by the per-entry
 * paths; task 0 sends the request anyway and lets the API answer 404 in its own words.
 */
export const refOf = (entry: Pick<TimeEntry, 'id' | 'task_id'>): EntryRef => ({
  id: entry.id,
  task_id: entry.task_id ?? 0,
});
