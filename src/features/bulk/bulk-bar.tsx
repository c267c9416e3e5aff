import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { formatCount } from '../../lib/locale.ts';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { CURRENT_ROW } from '../../components/data-table/grid-context.ts';
import type { Selection } from '../../components/selection.ts';
import './bulk.css';

// Every dialog is a chunk of its own, with the write road: the bar shows at once, and what its buttons
// open is fetched while the bar is up. A button pressed before that opens its dialog when it is here.
const loadDelete = () => import('./bulk-delete-dialog.tsx');
const loadRun = () => import('./entry-run-dialog.tsx');
const BulkDeleteDialog = lazy(() => loadDelete().then((m) => ({ default: m.BulkDeleteDialog })));
const EntryRunDialog = lazy(() => loadRun().then((m) => ({ default: m.EntryRunDialog })));
// The edit and duplicate forms (fields, schema, preview) come only when opened.
const BulkEditDialog = lazy(() =>
  import('./bulk-edit-dialog.tsx').then((m) => ({ default: m.BulkEditDialog })),
);
const BulkDuplicateDialog = lazy(() =>
  import('./bulk-duplicate-dialog.tsx').then((m) => ({ default: m.BulkDuplicateDialog })),
);

type Open = 'edit' | 'duplicate' | 'delete' | 'archive' | 'unarchive' | null;

/** The bar shown while entries are selected: count, Select all matching, Clear selection, and the bulk actions. */
export function BulkBar({
  selection,
  view,
  selectAll,
}: {
  selection: Selection<TimeEntryWithTask>;
  view: 'active' | 'archived';
  /** "Select all N matching", supplied by the screen that knows what its filters match. */
  selectAll?: ReactNode;
}) {
  const [open, setOpen] = useState<Open>(null);
  // The dialogs work on the selection as it was when they opened, whatever happens to the table meanwhile.
  const [rows, setRows] = useState<readonly TimeEntryWithTask[]>([]);
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    void Promise.all([loadDelete(), loadRun()]).catch(() => undefined);
  }, []);
  const start = (what: Exclude<Open, null>) => {
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setRows(selection.rows);
    setOpen(what);
  };
  const close = () => {
    setOpen(null);
    // Back to the button that opened the dialog, when the bar is still there.
    requestAnimationFrame(() => {
      if (returnTo.current?.isConnected) returnTo.current.focus();
    });
  };

  return (
    <section className="bulk-bar" aria-label="Selected entries" data-focus-fallback={CURRENT_ROW}>
      <div className="bulk-bar-count" role="status" aria-live="polite">
        <span className="bulk-bar-number num">{formatCount(selection.count)}</span>
        <span>selected</span>
      </div>
      {selectAll}
      <button
        type="button"
        className="button ghost small"
        aria-keyshortcuts="Escape"
        onClick={selection.clear}
      >
        Clear selection
      </button>
      <div className="bulk-bar-actions">
        <button type="button" className="button small" onClick={() => start('edit')}>
          Edit…
        </button>
        {view === 'active' && (
          <button type="button" className="button small" onClick={() => start('duplicate')}>
            Duplicate…
          </button>
        )}
        {view === 'active' ? (
          <button type="button" className="button small" onClick={() => start('archive')}>
            Archive
          </button>
        ) : (
          <button type="button" className="button small" onClick={() => start('unarchive')}>
            Unarchive
          </button>
        )}
        <button
          type="button"
          className="button small bulk-danger"
          aria-keyshortcuts="Delete"
          onClick={() => start('delete')}
        >
          Delete
        </button>
      </div>
      <Suspense>
        {open === 'edit' && (
          <BulkEditDialog rows={rows} onClose={close} onUpdated={(updated) => selection.set(updated, true)} />
        )}
        {open === 'duplicate' && <BulkDuplicateDialog rows={rows} onClose={close} />}
        {open === 'delete' && (
          <BulkDeleteDialog rows={rows} onClose={close} onDeleted={(gone) => selection.set(gone, false)} />
        )}
        {(open === 'archive' || open === 'unarchive') && (
          <EntryRunDialog
            kind={open}
            rows={rows}
            onClose={(changed) => {
              close();
              selection.set(changed, false);
            }}
          />
        )}
      </Suspense>
    </section>
  );
}
