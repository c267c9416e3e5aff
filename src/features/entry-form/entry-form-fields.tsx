import { useId, type ReactNode } from 'react';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { usePermissions } from '../../api/index.ts';
import { parseDuration } from '../../lib/duration-parse.ts';
import { formatDuration } from '../../lib/format-duration.ts';
import type { EntryFields, EntryFormValues } from './entry-form-values.ts';
import { PersonSelect } from './person-select.tsx';
import { formatDateTime } from '../../lib/date-format.ts';
import { START_FORMAT_HINT, nowStartText, parseStart } from './start-time.ts';
import { TaskPicker } from './task-picker.tsx';

interface FieldsProps {
  form: UseFormReturn<EntryFormValues, unknown, EntryFields>;
  mode: 'create' | 'edit';
  timeZone: string;
  disabled: boolean;
  /** The entry has no task and may keep it so. */
  taskOptional?: boolean;
}

function Field(props: {
  id: string;
  label: string;
  error?: string | undefined;
  hint: ReactNode;
  aside?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="field" data-invalid={props.error ? '' : undefined}>
      <div className="entry-form-label">
        <label htmlFor={props.id}>{props.label}</label>
        {props.aside}
      </div>
      {props.children}
      <span
        id={`${props.id}-msg`}
        className={props.error ? 'field-error' : 'field-hint'}
        role={props.error ? 'alert' : undefined}
      >
        {props.error ?? props.hint}
      </span>
    </div>
  );
}

/** The inputs of the entry form; every message sits beside its field. */
export function EntryFormFields({ form, mode, timeZone, disabled, taskOptional = false }: FieldsProps) {
  const uid = useId();
  const ids = {
    start: `${uid}start`,
    duration: `${uid}duration`,
    task: `${uid}task`,
    block: `${uid}block`,
    person: `${uid}person`,
  };
  const { register, formState, setValue, control } = form;
  const { canManageEntries } = usePermissions();
  const errors = formState.errors;
  const [start, duration] = useWatch({ control, name: ['start', 'duration'] });
  const parsed = duration.trim() ? parseDuration(duration) : null;
  const a11y = (id: string, invalid: boolean) => ({
    id,
    'aria-invalid': invalid || undefined,
    'aria-describedby': `${id}-msg`,
  });

  const understood = parsed?.ok ? formatDuration(parsed.seconds, 'h:mm:ss') : null;
  // The typed start read back the way every other screen writes dates, so a slip shows before saving.
  const startRead = start.trim() ? parseStart(start, timeZone) : null;
  const startHint =
    startRead?.ok && startRead.iso
      ? `= ${formatDateTime(Date.parse(startRead.iso), timeZone)} (${timeZone})`
      : `${START_FORMAT_HINT}, in ${timeZone}`;
  const durationHint =
    understood && understood !== duration.trim()
      ? `= ${understood} (h:mm:ss)`
      : !duration.trim() && start.trim()
        ? mode === 'create'
          ? 'Leave empty to start a running entry (the clock keeps going).'
          : 'Empty = a running entry. Accepts 1:30, 90m, 1h 30m, 1.5h.'
        : 'h:mm:ss. Also accepts 1:30, 90m, 1h 30m, 1.5h.';

  return (
    <fieldset className="entry-form-fields" disabled={disabled}>
      <div className="field-row">
        <Field
          id={ids.start}
          label="Start"
          error={errors.start?.message}
          hint={startHint}
          aside={
            <button
              type="button"
              className="button link entry-form-now"
              onClick={() =>
                setValue('start', nowStartText(timeZone), { shouldDirty: true, shouldValidate: true })
              }
            >
              Now
            </button>
          }
        >
          <input
            {...register('start')}
            {...a11y(ids.start, !!errors.start)}
            placeholder="2026-03-01 09:30"
            autoComplete="off"
            className="num"
          />
        </Field>
        <Field id={ids.duration} label="Duration" error={errors.duration?.message} hint={durationHint}>
          <input
            {...register('duration', {
              onBlur: (e: { target: HTMLInputElement }) => {
                const p = e.target.value.trim() ? parseDuration(e.target.value) : null;
                // Show what was understood, in the one format every screen uses.
                if (p?.ok) setValue('duration', formatDuration(p.seconds, 'h:mm:ss'), { shouldDirty: true });
              },
            })}
            {...a11y(ids.duration, !!errors.duration)}
            placeholder="e.g. 1h 30m"
            autoComplete="off"
            className="num"
          />
        </Field>
      </div>

      <Field
        id={ids.task}
        label="Task"
        error={errors.taskId?.message}
        hint={
          taskOptional
            ? 'This entry has no task. Type to search for one, or leave it empty.'
            : 'Type to search tasks by name.'
        }
      >
        <Controller
          control={control}
          name="taskId"
          render={({ field }) => (
            <TaskPicker
              id={ids.task}
              ref={field.ref}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              invalid={!!errors.taskId}
              describedBy={`${ids.task}-msg`}
              placeholder={taskOptional ? 'No task' : undefined}
            />
          )}
        />
      </Field>

      <div className="field-row">
        <fieldset className="field entry-form-type" aria-describedby={`${uid}type-msg`}>
          <legend>Type</legend>
          <div className="segmented">
            <label>
              <input type="radio" value="activity" {...register('type')} />
              <span>Activity</span>
            </label>
            <label>
              <input type="radio" value="break" {...register('type')} />
              <span>Break</span>
            </label>
          </div>
          <span id={`${uid}type-msg`} className={errors.type ? 'field-error' : 'field-hint'}>
            {errors.type?.message ?? 'A break is time away from work.'}
          </span>
        </fieldset>
        <Field
          id={ids.block}
          label="Time block"
          error={errors.timeBlock?.message}
          hint="Optional: the time block's id."
        >
          <input
            {...register('timeBlock')}
            {...a11y(ids.block, !!errors.timeBlock)}
            inputMode="numeric"
            placeholder="None"
            autoComplete="off"
            className="num"
          />
        </Field>
      </div>

      {mode === 'create' && (
        <Field
          id={ids.person}
          label="Person"
          error={errors.userId?.message}
          hint={
            canManageEntries
              ? 'The entry is yours unless you choose someone else.'
              : 'You can add entries for yourself only.'
          }
        >
          <Controller
            control={control}
            name="userId"
            render={({ field }) => (
              <PersonSelect
                id={ids.person}
                ref={field.ref}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                invalid={!!errors.userId}
                describedBy={`${ids.person}-msg`}
              />
            )}
          />
        </Field>
      )}
    </fieldset>
  );
}
