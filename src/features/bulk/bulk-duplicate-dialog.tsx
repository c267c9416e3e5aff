import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { toast } from '../../components/toast.ts';
import * as z from 'zod/mini';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { usePeople } from '../../api/index.ts';
import { useEntryOperations } from '../../api/writes.ts';
import { Dialog } from '../../components/dialog.tsx';
import { planDuplicate } from '../../lib/bulk-plan.ts';
import { formatDayKey } from '../../lib/date-format.ts';
import { dayKey } from '../../lib/dates.ts';
import { countEntries } from '../../lib/counts.ts';
import { navigate } from '../../navigation/location.ts';
import { FailureList, type Failure } from './failure-list.tsx';
import { chunkFailures } from './failures.ts';
import { ScrollList } from '../../components/scroll-list.tsx';

const schema = z.object({
  day: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Choose the day to copy the entries to.' })),
});

/** Copies the selection to another day (bulk create), each entry at its own time of day. */
export function BulkDuplicateDialog({
  rows,
  onClose,
}: {
  rows: readonly TimeEntryWithTask[];
  onClose: () => void;
}) {
  const ops = useEntryOperations();
  const people = usePeople();
  const [failures, setFailures] = useState<Failure[]>([]);
  const [today] = useState(() => dayKey(Date.now()));
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { day: today } });
  const day = useWatch({ control: form.control, name: 'day' });
  const plan = /^\d{4}-\d{2}-\d{2}$/.test(day) ? planDuplicate(rows, day) : null;
  const error = form.formState.errors.day;

  const onSubmit = form.handleSubmit(async ({ day }) => {
    const { items, copied } = planDuplicate(rows, day);
    const label = formatDayKey(day, { weekday: true });
    const result = await ops.createEntries(items, `Copied ${countEntries(items.length)} to ${label}`);
    if (result.done.length > 0) {
      toast.success(`Copied ${countEntries(result.done.length)} to ${label}`, {
        action: { label: 'Show', onClick: () => navigate(`/?from=${day}&to=${day}`) },
      });
    }
    if (result.failed.length === 0) return onClose();
    // Items and the entries they copy line up one to one.
    const source = new Map(items.map((item, i) => [item, copied[i]] as const));
    setFailures(chunkFailures(result.failed, (item) => source.get(item)));
  });

  return (
    <Dialog
      title={`Duplicate ${countEntries(rows.length)}`}
      onClose={onClose}
      wide={failures.length > 0}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            form="bulk-duplicate-form"
            className="button primary"
            disabled={form.formState.isSubmitting || !plan || plan.items.length === 0}
          >
            {form.formState.isSubmitting ? 'Copying…' : `Copy ${countEntries(plan?.items.length ?? 0)}`}
          </button>
        </>
      }
    >
      <form id="bulk-duplicate-form" onSubmit={onSubmit} noValidate className="bulk-fields">
        <div className="field" data-invalid={error ? '' : undefined}>
          <label htmlFor="bulk-duplicate-day">Copy to day</label>
          <input
            id="bulk-duplicate-day"
            type="date"
            aria-invalid={!!error}
            aria-describedby="bulk-duplicate-hint"
            {...form.register('day')}
          />
          <span id="bulk-duplicate-hint" className={error ? 'field-error' : 'field-hint'}>
            {error?.message ?? 'Each copy keeps its task, type, person, duration and time of day.'}
          </span>
        </div>
      </form>
      {plan && plan.skipped.length > 0 && (
        <div className="notice">
          {countEntries(plan.skipped.length)} cannot be copied and will be left out:
          <ScrollList className="bulk-entry-list compact">
            {plan.skipped.slice(0, 10).map((s) => (
              <li key={s.entry.id}>
                <span className="num">#{s.entry.id}</span> {s.reason}
              </li>
            ))}
          </ScrollList>
        </div>
      )}
      {failures.length > 0 && (
        <>
          <p role="alert" className="form-error">
            {countEntries(failures.length)} were not copied, for these reasons:
          </p>
          <FailureList failures={failures} personName={people.name} />
        </>
      )}
    </Dialog>
  );
}
