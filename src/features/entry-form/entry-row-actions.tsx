import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { requestEntryAction } from './entry-action-queue.ts';
import { useEntryFormTarget } from './use-entry-form-target.ts';
import './entry-form.css';

/** The single-entry actions of a row's menu: Edit, Duplicate, Archive/Unarchive, Delete (with Undo). */
export function EntryRowActions({ entry }: { entry: TimeEntryWithTask }) {
  const { open } = useEntryFormTarget();
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
          onClick={() => requestEntryAction({ kind: 'unarchive', entry })}
        >
          Unarchive
        </button>
      ) : (
        <button
          type="button"
          role="menuitem"
          className="menu-item"
          onClick={() => requestEntryAction({ kind: 'archive', entry })}
        >
          Archive
        </button>
      )}
      <div role="separator" className="menu-separator" />
      <button
        type="button"
        role="menuitem"
        className="menu-item danger"
        onClick={() => requestEntryAction({ kind: 'delete', entry })}
      >
        Delete
      </button>
    </>
  );
}
