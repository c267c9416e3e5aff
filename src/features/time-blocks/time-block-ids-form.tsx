import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { BULK_LIMIT } from '../../../contract/index.ts';

const schema = z.object({
  ids: z
    .string()
    .trim()
    .min(1, { error: 'Enter a time block id.' })
    .regex(/^[1-9]\d{0,14}([\s,]+[1-9]\d{0,14})*$/, {
      error: 'Ids are whole numbers, separated by commas or spaces.',
    })
    .refine((s) => s.split(/[\s,]+/).length <= BULK_LIMIT, {
      error: `At most ${BULK_LIMIT} blocks at once.`,
    }),
});
type Values = z.input<typeof schema>;

export const splitIds = (text: string) =>
  [
    ...new Set(
      text
        .trim()
        .split(/[\s,]+/)
        .map(Number),
    ),
  ].filter((n) => n > 0);

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
    <form className="blocks-form" onSubmit={form.handleSubmit(({ ids }) => onShow(splitIds(ids)))} noValidate>
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
