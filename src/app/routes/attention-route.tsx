import { useCallback } from 'react';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { AttentionScreen } from '../../features/attention/index.ts';
import { BulkDeleteDialog, PlanDialog } from '../../features/bulk/dialogs.ts';
import { BulkBar } from '../../features/bulk/index.ts';
import { EntryFormHost, useEntryFormTarget } from '../../features/entry-form/index.ts';
import { useReturnFocus } from './use-return-focus.ts';

/** Needs attention, with the bulk feature's bar and dialogs and the entry form composed in. */
export function AttentionRoute() {
  const { open, hrefFor } = useEntryFormTarget();
  const focus = useReturnFocus();
  const formHref = useCallback(
    (e: TimeEntryWithTask) => (e.task_id ? hrefFor({ mode: 'edit', id: e.id, taskId: e.task_id }) : null),
    [hrefFor],
  );
  const onOpenEntry = useCallback(
    (e: TimeEntryWithTask) => {
      focus.remember(document.activeElement);
      if (e.task_id) open({ mode: 'edit', id: e.id, taskId: e.task_id });
    },
    [focus, open],
  );
  return (
    <>
      <AttentionScreen
        renderSelectionBar={(selection) => <BulkBar selection={selection} view="active" />}
        renderPlanDialog={(p) => <PlanDialog {...p} />}
        renderDeleteDialog={(p) => (
          <BulkDeleteDialog
            rows={p.rows}
            title={p.title}
            details={p.details}
            onClose={p.onClose}
            onDeleted={p.onDeleted}
          />
        )}
        formHref={formHref}
        onOpenEntry={onOpenEntry}
      />
      <EntryFormHost onClosed={focus.restore} />
    </>
  );
}
