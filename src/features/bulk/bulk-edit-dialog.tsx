import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { usePeople, useTasks } from '../../api/index.ts';
import { Dialog } from '../../components/dialog.tsx';
import { isEmptyEdit, planBulkEdit, type BulkEdit, type PlannedChange } from '../../lib/bulk-plan.ts';
import { countEntries } from '../../lib/counts.ts';
import { taskName as taskLabel } from '../../lib/display-names.ts';
import { BulkEditFields } from './bulk-edit-fields.tsx';
import {
  EMPTY_EDIT,
  bulkEditSchema,
  describeEdit,
  toBulkEdit,
  type BulkEditValues,
} from './bulk-edit-schema.ts';
import { BulkPreview } from './bulk-preview.tsx';
import { FailureList } from './failure-list.tsx';
import { useApplyPlan } from './use-apply-plan.ts';

interface Props {
  rows: readonly TimeEntryWithTask[];
  onClose: () => void;
  /** Entries as they are after the edit, so the selection shows current values. */
  onUpdated: (rows: TimeEntryWithTask[]) => void;
}

/** Edit → preview (old and new values, invalid ones flagged) → Apply sends one bulk PATCH. */
export function BulkEditDialog({ rows, onClose, onUpdated }: Props) {
  const people = usePeople();
  const tasks = useTasks({ per_page: 100 });
  const taskList = useMemo(() => tasks.data?.data ?? [], [tasks.data]);
  const taskName = (id: number) => taskLabel(id, taskList.find((t) => t.id === id)?.name);
  const form = useForm<BulkEditValues>({ resolver: zodResolver(bulkEditSchema), defaultValues: EMPTY_EDIT });
  const [preview, setPreview] = useState<{ edit: BulkEdit; plan: PlannedChange<TimeEntryWithTask>[] } | null>(
    null,
  );
  const { busy, failures, apply: applyPlan, clearFailures } = useApplyPlan();
  const applyRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (preview) applyRef.current?.focus();
  }, [preview]);

  const onPreview = form.handleSubmit((values) => {
    const edit = toBulkEdit(values);
    if (isEmptyEdit(edit)) {
      form.setError('root', {
        message: 'Choose at least one change: a task, type, time block, duration or shift.',
      });
      return;
    }
    clearFailures();
    setPreview({ edit, plan: planBulkEdit(rows, edit) });
  });

  async function apply() {
    if (!preview) return;
    const { applied, left } = await applyPlan(preview.plan, describeEdit(preview.edit, taskName));
    const task = taskList.find((t) => t.id === preview.edit.taskId);
    onUpdated(
      applied.map((p) => ({
        ...p.entry,
        ...p.patch,
        ...(p.patch?.task_id !== undefined && task ? { task } : {}),
      })),
    );
    if (left.length === 0) return onClose();
    setPreview({ ...preview, plan: [...left] });
  }

  const sending = preview?.plan.filter((p) => p.patch).length ?? 0;
  const footer = preview ? (
    <>
      <button
        type="button"
        className="button ghost"
        onClick={() => {
          setPreview(null);
          // The form comes back: put the cursor in it rather than on the page.
          setTimeout(() => form.setFocus('taskId'));
        }}
        disabled={busy}
      >
        Back
      </button>
      <button type="button" className="button" onClick={onClose} disabled={busy}>
        Cancel
      </button>
      <button
        ref={applyRef}
        type="button"
        className="button primary"
        onClick={apply}
        disabled={busy || sending === 0}
      >
        {busy
          ? 'Applying…'
          : failures.length
            ? `Try again (${sending})`
            : `Apply to ${countEntries(sending)}`}
      </button>
    </>
  ) : (
    <>
      <button type="button" className="button" onClick={onClose}>
        Cancel
      </button>
      <button type="submit" form="bulk-edit-form" className="button primary">
        Preview changes
      </button>
    </>
  );

  return (
    <Dialog
      title={
        preview
          ? `Preview: ${describeEdit(preview.edit, taskName, 'planned')}`
          : `Edit ${countEntries(rows.length)}`
      }
      label={preview ? 'Preview bulk edit' : 'Bulk edit'}
      onClose={busy ? () => undefined : onClose}
      wide
      footer={footer}
    >
      {preview ? (
        <>
          {failures.length > 0 && (
            <>
              <p role="alert" className="form-error">
                {countEntries(failures.length)} {failures.length === 1 ? 'was' : 'were'} not changed, for these
                reasons:
              </p>
              <FailureList failures={failures} personName={people.name} />
            </>
          )}
          <BulkPreview plan={preview.plan} taskName={taskName} personName={people.name} />
        </>
      ) : (
        <form id="bulk-edit-form" className="bulk-form" onSubmit={onPreview} noValidate>
          <p className="bulk-lead">
            Set what should change on all {countEntries(rows.length)}. Nothing is sent until you have seen the
            preview and chosen Apply.
          </p>
          <BulkEditFields form={form} tasks={taskList} />
          {form.formState.errors.root && (
            <p role="alert" className="form-error">
              {form.formState.errors.root.message}
            </p>
          )}
        </form>
      )}
    </Dialog>
  );
}
