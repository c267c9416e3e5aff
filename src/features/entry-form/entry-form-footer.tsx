import { useEffect, useRef } from 'react';

export type FooterPhase = 'editing' | 'saving' | 'conflict' | 'confirm-close';

interface FooterProps {
  formId: string;
  phase: FooterPhase;
  mode: 'create' | 'edit';
  /** Shown as "Retry" after a save that failed but can succeed as it is, so the next step is obvious. */
  failed: boolean;
  archived: boolean;
  actionsBusy: boolean;
  onCancel: () => void;
  onKeepEditing: () => void;
  onDiscard: () => void;
  onSaveAnyway: () => void;
  onUseTheirs: () => void;
  onDuplicate: () => void;
  onArchiveToggle: () => void;
  onDelete: () => void;
}

/** The dialog's buttons; they change with the phase so only the choices that make sense are offered. */
export function EntryFormFooter(p: FooterProps) {
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (p.phase === 'confirm-close') keepRef.current?.focus();
  }, [p.phase]);

  if (p.phase === 'confirm-close') {
    return (
      <div className="entry-form-footer confirm" role="alertdialog" aria-label="Discard unsaved changes?">
        <span className="entry-form-confirm-text">Discard your unsaved changes?</span>
        <button ref={keepRef} type="button" className="button" onClick={p.onKeepEditing}>
          Keep editing
        </button>
        <button type="button" className="button danger" onClick={p.onDiscard}>
          Discard changes
        </button>
      </div>
    );
  }

  if (p.phase === 'conflict') {
    return (
      <div className="entry-form-footer">
        <button type="button" className="button" onClick={p.onKeepEditing}>
          Back to form
        </button>
        <span className="spacer" />
        <button type="button" className="button" onClick={p.onUseTheirs}>
          Use theirs
        </button>
        <button type="button" className="button primary" onClick={p.onSaveAnyway}>
          Save mine anyway
        </button>
      </div>
    );
  }

  const saving = p.phase === 'saving';
  return (
    <div className="entry-form-footer">
      {p.mode === 'edit' && (
        <div className="entry-form-actions" role="group" aria-label="Entry actions">
          <button type="button" className="button ghost small" onClick={p.onDuplicate} disabled={saving}>
            Duplicate
          </button>
          <button
            type="button"
            className="button ghost small"
            onClick={p.onArchiveToggle}
            disabled={saving || p.actionsBusy}
          >
            {p.archived ? 'Unarchive' : 'Archive'}
          </button>
          <button
            type="button"
            className="button ghost small danger-text"
            onClick={p.onDelete}
            disabled={saving || p.actionsBusy}
          >
            Delete
          </button>
        </div>
      )}
      <span className="spacer" />
      <button type="button" className="button" onClick={p.onCancel}>
        Cancel
      </button>
      <button
        type="submit"
        form={p.formId}
        className="button primary entry-form-save"
        disabled={saving}
        aria-busy={saving}
      >
        {saving && <span className="spinner" aria-hidden />}
        {saving ? 'Saving…' : p.failed ? 'Retry' : p.mode === 'create' ? 'Create entry' : 'Save'}
      </button>
    </div>
  );
}
