import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { usePeople } from '../../api/index.ts';
import { Dialog } from '../../components/dialog.tsx';
import type { PlannedChange } from '../../lib/bulk-plan.ts';
import { countEntries } from '../../lib/counts.ts';
import { BulkPreview } from './bulk-preview.tsx';
import { FailureList } from './failure-list.tsx';
import { useApplyPlan } from './use-apply-plan.ts';
import './bulk.css';

export interface PlanDialogProps {
  title: string;
  /** Above the preview: what the change is and what it is for. */
  lead?: ReactNode;
  plan: readonly PlannedChange<TimeEntryWithTask>[];
  /** What History and the toast call it: `Trimmed overlapping entries`. */
  summary: string;
  taskName: (id: number) => string;
  onClose: () => void;
  /** The plan's entries that changed. */
  onApplied?: (applied: readonly PlannedChange<TimeEntryWithTask>[]) => void;
}

/** A previewed change (old and new values, the invalid ones left out) → Apply → Undo, for any planner. */
export function PlanDialog({
  title,
  lead,
  plan: initial,
  summary,
  taskName,
  onClose,
  onApplied,
}: PlanDialogProps) {
  const people = usePeople();
  const { busy, failures, apply } = useApplyPlan();
  const [plan, setPlan] = useState(initial);
  const applyRef = useRef<HTMLButtonElement>(null);
  useEffect(() => applyRef.current?.focus(), []);

  async function onApply() {
    const { applied, left } = await apply(plan, summary);
    onApplied?.(applied);
    if (left.length === 0) onClose();
    else setPlan(left);
  }

  const sending = plan.filter((p) => p.patch).length;
  return (
    <Dialog
      title={title}
      onClose={busy ? () => undefined : onClose}
      wide
      footer={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button
            ref={applyRef}
            type="button"
            className="button primary"
            onClick={onApply}
            disabled={busy || sending === 0}
          >
            {busy
              ? 'Applying…'
              : failures.length
                ? `Try again (${sending})`
                : `Apply to ${countEntries(sending)}`}
          </button>
        </>
      }
    >
      {lead && <p className="bulk-lead">{lead}</p>}
      {failures.length > 0 && (
        <>
          <p role="alert" className="form-error">
            {countEntries(failures.length)} {failures.length === 1 ? 'was' : 'were'} not changed. The API said
            why:
          </p>
          <FailureList failures={failures} personName={people.name} />
        </>
      )}
      <BulkPreview plan={plan} taskName={taskName} personName={people.name} />
    </Dialog>
  );
}
