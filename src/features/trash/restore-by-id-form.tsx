import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import * as z from 'zod/mini';
import { idListField, parseIdList } from '../../lib/id-list.ts';

const schema = z.object({ ids: idListField({ empty: 'Enter the id of a deleted entry.', noun: 'ids' }) });
type Values = z.input<typeof schema>;

/**
 * Restores entries by id, also ones deleted elsewhere. Bulk restore (`?ids=`) needs only the ids, where the
 * single-entry path would also need each task.
 */
export function RestoreByIdForm({ onRestore }: { onRestore: (ids: number[]) => Promise<boolean> }) {
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { ids: '' } });
  const error = form.formState.errors.ids;
  const submit = form.handleSubmit(async ({ ids }) => {
    if (await onRestore(parseIdList(ids))) form.reset();
  });
  return (
    <form className="trash-restore-form" onSubmit={submit} noValidate aria-label="Restore by id">
      <div className="field" data-invalid={error ? '' : undefined}>
        <label htmlFor="restore-ids">Restore by entry id</label>
        <div className="trash-restore-row">
          <input
            id="restore-ids"
            inputMode="numeric"
            placeholder="e.g. 4127, 4130"
            aria-invalid={!!error}
            aria-describedby="restore-ids-hint"
            {...form.register('ids')}
          />
          <button type="submit" className="button" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? 'Restoring…' : 'Restore'}
          </button>
        </div>
        <span id="restore-ids-hint" className={error ? 'field-error' : 'field-hint'}>
          {error?.message ?? 'For entries deleted elsewhere, too: one id or several.'}
        </span>
      </div>
    </form>
  );
}
