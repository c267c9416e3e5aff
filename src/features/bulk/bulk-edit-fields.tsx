import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { Task } from '../../../contract/index.ts';
import type { BulkEditValues } from './bulk-edit-schema.ts';

const SHIFT_PRESETS = ['−15m', '+15m', '−1h', '+1h', '−1 day', '+1 day'];

/** The fields of the bulk edit: each left empty keeps every entry's own value. */
export function BulkEditFields({
  form,
  tasks,
}: {
  form: UseFormReturn<BulkEditValues>;
  tasks: readonly Task[];
}) {
  const { register, control, setValue, formState } = form;
  const errors = formState.errors;
  const block = useWatch({ control, name: 'block' });
  const projects = new Map<string, Task[]>();
  for (const t of tasks) {
    const key = t.project?.name ?? 'No project';
    projects.set(key, [...(projects.get(key) ?? []), t]);
  }

  return (
    <div className="bulk-fields">
      <div className="field-row">
        <div className="field">
          <label htmlFor="bulk-task">Task</label>
          <select id="bulk-task" {...register('taskId')}>
            <option value="">Keep each entry’s task</option>
            {[...projects].map(([project, list]) => (
              <optgroup key={project} label={project}>
                {list.map((t) => (
                  <option key={t.id} value={String(t.id)}>
                    {t.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="bulk-type">Type</label>
          <select id="bulk-type" {...register('type')}>
            <option value="">Keep each entry’s type</option>
            <option value="activity">Activity</option>
            <option value="break">Break</option>
          </select>
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="bulk-block">Time block</label>
          <select id="bulk-block" {...register('block')}>
            <option value="keep">Keep each entry’s block</option>
            <option value="set">Move into block…</option>
            <option value="clear">Take out of its block</option>
          </select>
        </div>
        <div className="field" data-invalid={errors.blockId ? '' : undefined}>
          <label htmlFor="bulk-block-id">Block id</label>
          <input
            id="bulk-block-id"
            inputMode="numeric"
            disabled={block !== 'set'}
            placeholder={block === 'set' ? 'e.g. 120' : '—'}
            aria-invalid={!!errors.blockId}
            aria-describedby={errors.blockId ? 'bulk-block-id-error' : undefined}
            {...register('blockId')}
          />
          {errors.blockId && (
            <span id="bulk-block-id-error" className="field-error">
              {errors.blockId.message}
            </span>
          )}
        </div>
      </div>
      <div className="field" data-invalid={errors.duration ? '' : undefined}>
        <label htmlFor="bulk-duration">Duration</label>
        <input
          id="bulk-duration"
          placeholder="Keep each entry’s duration"
          aria-invalid={!!errors.duration}
          aria-describedby="bulk-duration-hint"
          {...register('duration')}
        />
        <span id="bulk-duration-hint" className={errors.duration ? 'field-error' : 'field-hint'}>
          {errors.duration?.message ?? 'Sets the same duration on every entry, e.g. 1:30 or 45m.'}
        </span>
      </div>
      <div className="field" data-invalid={errors.shift ? '' : undefined}>
        <label htmlFor="bulk-shift">Shift start by</label>
        <input
          id="bulk-shift"
          placeholder="Keep each entry’s start"
          aria-invalid={!!errors.shift}
          aria-describedby="bulk-shift-hint"
          {...register('shift')}
        />
        <div className="bulk-chips" role="group" aria-label="Common shifts">
          {SHIFT_PRESETS.map((s) => (
            <button
              key={s}
              type="button"
              className="button small"
              onClick={() => setValue('shift', s, { shouldValidate: true, shouldDirty: true })}
            >
              {s}
            </button>
          ))}
        </div>
        <span id="bulk-shift-hint" className={errors.shift ? 'field-error' : 'field-hint'}>
          {errors.shift?.message ??
            'A signed amount: each entry moves by it and keeps its own time. A day keeps the clock time across DST.'}
        </span>
      </div>
    </div>
  );
}
