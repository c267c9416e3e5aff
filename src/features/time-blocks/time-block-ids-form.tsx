import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import * as z from 'zod/mini';
import { idListField, parseIdList } from '../../lib/id-list.ts';

const schema = z.object({ ids: idListField({ empty: 'Enter a time block id.', noun: 'blocks' }) });
type Values = z.input<typeof schema>;

/** Typing block ids: the same list the URL keeps (`?ids=1,2`). */
export function TimeBlockIdsForm({
  ids,
  onShow,
}: {
  ids: readonly number[];
  onShow: (ids: number[]) => void;
}) {
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { ids: ids.join(', ') } });
  const error = form.formState.errors.ids;
  const current = ids.join(', ');
  // Back/forward or a table cell change the URL: the field follows.
  useEffect(() => form.reset({ ids: current }), [current, form]);
  return (
    <form
      className="blocks-form"
      onSubmit={form.handleSubmit(({ ids }) => onShow(parseIdList(ids)))}
      noValidate
    >
      <div className="field" data-invalid={error ? '' : undefined}>
        <label htmlFor="block-ids">Time block ids</label>
        <div className="blocks-form-row">
          <input
            id="block-ids"
            inputMode="numeric"
            placeholder="e.g. 12, 15"
            aria-invalid={!!error}
            aria-describedby="block-ids-hint"
            {...form.register('ids')}
          />
          <button type="submit" className="button primary">
            Show entries
          </button>
        </div>
        <span id="block-ids-hint" className={error ? 'field-error' : 'field-hint'}>
          {error?.message ??
            'One or several, separated by commas. A time-block cell in the Entries table opens its block here.'}
        </span>
      </div>
    </form>
  );
}
