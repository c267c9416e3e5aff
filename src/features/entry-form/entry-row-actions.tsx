import type { TimeEntryWithTask } from '../../../contract/index.ts';

/** The single-entry actions of a row's menu: Edit, Duplicate, Archive/Unarchive, Delete (with Undo). */
export function EntryRowActions(_props: { entry: TimeEntryWithTask }) {
  return null;
}
