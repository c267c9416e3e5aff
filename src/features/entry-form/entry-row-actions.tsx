import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { useEntryActions } from './use-entry-actions.ts';
import { useEntryFormTarget } from './use-entry-form-target.ts';
import './entry-form.css';

/** The single-entry actions of a row's menu: Edit, Duplicate, Archive/Unarchive, Delete (with Undo). */
export function EntryRowActions({ entry }: { entry: TimeEntryWithTask }) {
  const { open } = useEntryFormTarget();
  const actions = useEntryActions();
  const taskId = entry.task_id ?? null;

  return (
    <>
      <button
        type="button"
        role="menuitem"
        className="menu-item"
        onClick={() => open({ mode: 'edit', id: entry.id, taskId })}
      >
        Edit
      </button>
      <button
        type="button"
        role="menuitem"
        className="menu-item"
        onClick={() => open({ mode: 'duplicate', id: entry.id, taskId })}
      >
        Duplicate
      </button>
      {entry.archived_at ? (
        <button
          type="button"
          role="menuitem"
          className="menu-item"
          onClick={() => void actions.unarchiveEntry(entry)}
        >
          Unarchive
        </button>
      ) : (
        <button
          type="button"
          role="menuitem"
          className="menu-item"
          onClick={() => void actions.archiveEntry(entry)}
        >
          Archive
        </button>
      )}
      <div role="separator" className="menu-separator" />
      <button
        type="button"
        role="menuitem"
        className="menu-item danger"
        onClick={() => void actions.deleteEntry(entry)}
      >
        Delete
      </button>
    </>
  );
}
