import { useState, type KeyboardEvent } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { toast } from '../../components/toast.ts';
import type { TimeEntry } from '../../../contract/index.ts';
import { canRetry, fieldErrorsOf, saveErrorMessage } from './api-error-message.ts';
import { clearDraft } from './entry-draft.ts';
import type { FooterPhase } from './entry-form-footer.tsx';
import type { ConflictRow, EntryFields, EntryFormValues } from './entry-form-values.ts';
import type { EntryFormTarget } from './use-entry-form-target.ts';
import { useSaveEntry } from './use-save-entry.ts';

export interface Conflict {
  server: TimeEntry;
  rows: ConflictRow[];
  next: EntryFields;
}

interface SaveFlowOptions {
  form: UseFormReturn<EntryFormValues, unknown, EntryFields>;
  target: EntryFormTarget;
  /** The version an edit was made against; null for a new entry. */
  base: TimeEntry | null;
  setBase: (entry: TimeEntry) => void;
  onDone: () => void;
}

/** Enter in any field saves; Enter on a button presses the button, and the task list handles its own. */
export function isSaveKey(e: KeyboardEvent): boolean {
  const tag = (e.target as HTMLElement).tagName;
  return (
    e.key === 'Enter' &&
    !e.defaultPrevented &&
    !e.nativeEvent.isComposing &&
    tag !== 'BUTTON' &&
    tag !== 'TEXTAREA'
  );
}

/**
 * Saving and its outcomes: the form stays open and filled on every failure, with the API's message at the
 * field it names and a retry; a conflict waits for the person's choice.
 */
export function useSaveFlow({ form, target, base, setBase, onDone }: SaveFlowOptions) {
  const [phase, setPhase] = useState<FooterPhase>('editing');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [retryable, setRetryable] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const { saveEdit, saveNew } = useSaveEntry();

  const finish = (message: string) => {
    clearDraft(target);
    toast.success(message);
    onDone();
  };

  async function save(next: EntryFields, force = false, against: TimeEntry | null = base) {
    setPhase('saving');
    setSaveError(null);
    try {
      if (against) {
        const outcome = await saveEdit(against, next, force);
        if (outcome.kind === 'conflict') {
          setConflict({ server: outcome.server, rows: outcome.rows, next });
          setPhase('conflict');
          return;
        }
        finish(
          outcome.kind === 'unchanged'
            ? 'Nothing to save: the entry already has these values'
            : 'Entry saved',
        );
      } else {
        await saveNew(next);
        finish('Entry created');
      }
    } catch (error) {
      for (const [field, message] of fieldErrorsOf(error)) form.setError(field, { type: 'server', message });
      setSaveError(saveErrorMessage(error));
      setRetryable(canRetry(error));
      setPhase('editing');
    }
  }

  return {
    phase,
    setPhase,
    saveError,
    /** The failed save can succeed as it is (the button then says Retry). */
    retryable: saveError !== null && retryable,
    clearError: () => setSaveError(null),
    conflict,
    submit: form.handleSubmit((next) => save(next)),
    backToForm: () => {
      setPhase('editing');
      setConflict(null);
    },
    /** "Save mine anyway": the server's version becomes the base, and the form's values are written over it. */
    saveAnyway: () => {
      if (!conflict) return;
      setBase(conflict.server);
      setConflict(null);
      void save(conflict.next, true, conflict.server);
    },
  };
}
