import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { TimeEntry } from '../../../contract/index.ts';
import { Dialog } from '../../components/dialog.tsx';
import { ConflictView } from './conflict-view.tsx';
import { clearDraft, loadDraft, saveDraft } from './entry-draft.ts';
import { EntryFormFields } from './entry-form-fields.tsx';
import { EntryFormFooter } from './entry-form-footer.tsx';
import {
  entryFormSchema,
  valuesFromEntry,
  type EntryFields,
  type EntryFormValues,
} from './entry-form-values.ts';
import { localTimeZone } from './start-time.ts';
import { useEntryActions } from './use-entry-actions.ts';
import type { EntryFormTarget } from './use-entry-form-target.ts';
import { isSaveKey, useSaveFlow } from './use-save-flow.ts';
import { useTaskLookup } from './use-task-lookup.ts';
import './entry-form.css';

interface EntryFormProps {
  target: EntryFormTarget;
  title: string;
  /** Edit: the entry as just loaded. Create and duplicate: null. */
  entry: TimeEntry | null;
  /** What a new form starts with (empty, or a copy of the duplicated entry). */
  initialValues: EntryFormValues;
  onDone: () => void;
  onOpen: (target: EntryFormTarget) => void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The entry dialog: nothing typed is lost to a failed save, a conflict, a reload or a stray Escape. */
export function EntryForm({ target, title, entry, initialValues, onDone, onOpen }: EntryFormProps) {
  const formId = useId();
  const [timeZone] = useState(localTimeZone);
  const mode = entry ? 'edit' : 'create';
  const [draft] = useState(() => loadDraft(target));
  // A restored edit draft keeps the version it was made against, so a save still sees later changes.
  const [base, setBase] = useState<TimeEntry | null>(() => (entry ? (draft?.base ?? entry) : null));
  const [archived, setArchived] = useState(!!base?.archived_at);
  const [restored, setRestored] = useState(!!draft);
  const leaveTo = useRef<() => void>(onDone);
  const actions = useEntryActions();
  const tasks = useTaskLookup();

  // An entry without a task may stay so (the API cannot take a task away, only give one).
  const [taskOptional] = useState(() =>
    base ? base.task_id == null : target.mode === 'duplicate' && initialValues.taskId === null,
  );
  const form = useForm<EntryFormValues, unknown, EntryFields>({
    defaultValues: base ? valuesFromEntry(base, timeZone) : initialValues,
    resolver: zodResolver(entryFormSchema(timeZone, { taskOptional })),
  });
  const { isDirty } = form.formState;

  useEffect(() => {
    if (draft) {
      for (const [k, v] of Object.entries(draft.values)) {
        form.setValue(k as keyof EntryFormValues, v as never, { shouldDirty: true });
      }
    }
    form.setFocus('start');
    // Runs once: the draft is read when the form opens, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const { subscribe } = form;
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => {
          if (same(values, form.formState.defaultValues)) clearDraft(target);
          else saveDraft(target, { values, base });
        },
      }),
    [subscribe, form, target, base],
  );

  const flow = useSaveFlow({ form, target, base, setBase, onDone });
  const { phase, saveError, conflict } = flow;

  const leave = (then: () => void) => {
    if (isDirty) {
      leaveTo.current = then;
      flow.setPhase('confirm-close');
    } else {
      clearDraft(target);
      then();
    }
  };
  const resetTo = (server: TimeEntry | null) => {
    setBase(server);
    form.reset(server ? valuesFromEntry(server, timeZone) : initialValues);
    setArchived(!!server?.archived_at);
    flow.clearError();
    setRestored(false);
    clearDraft(target);
  };
  const withTask = (e: TimeEntry) => ({
    ...e,
    archived_at: archived ? (e.archived_at ?? new Date().toISOString()) : null,
    task: tasks.get(e.task_id ?? 0) ?? null,
  });

  return (
    <Dialog
      title={
        <>
          {title}
          {archived && <span className="badge warning entry-form-badge">Archived</span>}
        </>
      }
      label={title}
      onClose={() => (phase === 'confirm-close' || phase === 'conflict' ? flow.backToForm() : leave(onDone))}
      footer={
        <EntryFormFooter
          formId={formId}
          phase={phase}
          mode={mode}
          failed={flow.retryable}
          archived={archived}
          actionsBusy={actions.busy}
          onCancel={() => leave(onDone)}
          onKeepEditing={flow.backToForm}
          onDiscard={() => {
            clearDraft(target);
            leaveTo.current();
          }}
          onSaveAnyway={flow.saveAnyway}
          onUseTheirs={() => {
            if (conflict) resetTo(conflict.server);
            flow.backToForm();
          }}
          onDuplicate={() =>
            base && leave(() => onOpen({ mode: 'duplicate', id: base.id, taskId: base.task_id ?? null }))
          }
          onArchiveToggle={async () => {
            if (!base) return;
            const ok = archived
              ? await actions.unarchiveEntry(withTask(base))
              : await actions.archiveEntry(withTask(base));
            if (ok) setArchived(!archived);
          }}
          onDelete={async () => {
            if (base && (await actions.deleteEntry(withTask(base)))) {
              clearDraft(target);
              onDone();
            }
          }}
        />
      }
    >
      {restored && phase !== 'conflict' && (
        <div className="notice entry-form-restored" role="status">
          <span>Your unsaved changes from before were restored.</span>
          <button type="button" className="button link" onClick={() => resetTo(entry)}>
            Discard them
          </button>
        </div>
      )}
      {saveError && phase !== 'conflict' && (
        <div className="form-error" role="alert">
          <strong>Not saved.</strong> {saveError}
        </div>
      )}
      {conflict && (
        <ConflictView rows={conflict.rows} timeZone={timeZone} updatedAt={conflict.server.updated_at} />
      )}
      {/* Ctrl/⌘+Enter saves from any field: the keys come from the fields inside the form. */}
      {/* eslint-disable-next-line jsx-a11y-x/no-noninteractive-element-interactions */}
      <form
        id={formId}
        noValidate
        hidden={phase === 'conflict'}
        aria-label={title}
        onSubmit={(e) => void flow.submit(e)}
        onKeyDown={(e) => {
          if (!isSaveKey(e)) return;
          e.preventDefault();
          if (phase === 'editing') void flow.submit();
        }}
      >
        <EntryFormFields
          form={form}
          mode={mode}
          timeZone={timeZone}
          disabled={phase === 'saving'}
          taskOptional={taskOptional}
        />
      </form>
    </Dialog>
  );
}
