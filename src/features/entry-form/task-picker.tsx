import { useState, type Ref } from 'react';
import { useTasks } from '../../api/index.ts';
import { Combobox, type ComboboxOption } from '../../components/combobox.tsx';
import { taskLabel, useDebounced, useTaskLookup } from './use-task-lookup.ts';

interface TaskPickerProps {
  id: string;
  value: number | null;
  onChange: (id: number) => void;
  onBlur: () => void;
  invalid: boolean;
  describedBy: string;
  disabled?: boolean;
  /** What the empty field says (by default an invitation to search). */
  placeholder?: string | undefined;
  ref?: Ref<HTMLInputElement>;
}

/** The form's task field: type to search tasks by name, project or client, then pick one. */
export function TaskPicker({
  id,
  value,
  onChange,
  onBlur,
  invalid,
  describedBy,
  disabled,
  placeholder = 'Search tasks…',
  ref,
}: TaskPickerProps) {
  const tasks = useTaskLookup();
  const [query, setQuery] = useState<string | null>(null);
  const typed = (query ?? '').trim();
  const search = useDebounced(typed, 200);
  const { data, isFetching } = useTasks({ per_page: 20, ...(search ? { name: search } : {}) });
  // The previous answer stays on screen while the next search runs; filter it so it never shows non-matches.
  const needle = typed.toLowerCase();
  const options: ComboboxOption<number>[] =
    query === null
      ? []
      : (data?.data ?? [])
          .filter((t) =>
            [t.name, t.project?.name, t.client?.name].some((n) => n?.toLowerCase().includes(needle)),
          )
          .map((t) => ({
            key: t.id,
            label: t.name,
            color: t.project?.color ?? t.color ?? 'var(--border-strong)',
            detail: [t.project?.name, t.client?.name].filter(Boolean).join(' · '),
            chosen: t.id === value,
          }));

  return (
    <Combobox
      id={id}
      ref={ref}
      display={value === null ? '' : taskLabel(tasks, value)}
      placeholder={placeholder}
      query={query}
      onQuery={setQuery}
      options={options}
      onPick={(o) => onChange(o.key)}
      searching={isFetching || search !== typed}
      listLabel="Tasks"
      countText={(n) => (n === 1 ? '1 task' : `${n} tasks`)}
      emptyText={`No task matches “${typed}”.`}
      disabled={disabled}
      invalid={invalid}
      describedBy={describedBy}
      onBlur={onBlur}
    />
  );
}
