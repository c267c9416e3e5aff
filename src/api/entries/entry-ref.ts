import type { TimeEntry } from '../../../contract/index.ts';

/** Where an entry lives in the API's paths: its id, under its task, or by id alone when it has none. */
export interface EntryRef {
  id: number;
  task_id: number | null;
}

/** The ref of an entry as the lists hold it; a taskless entry is reached by its id alone. */
export const refOf = (entry: Pick<TimeEntry, 'id' | 'task_id'>): EntryRef => ({
  id: entry.id,
  task_id: entry.task_id ?? null,
});
