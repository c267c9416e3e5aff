import { useEffect, useId, useState } from 'react';
import { useTasks } from '../../api/index.ts';
import { Combobox, type ComboboxOption } from '../../components/combobox.tsx';

interface Props {
  value: number | undefined;
  /** The chosen task's name when it is known (from the cached task list). */
  valueLabel: string | undefined;
  onChange: (taskId: number | undefined) => void;
}

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}

type Key = number | 'any';

/**
 * The Task filter: a combobox that searches tasks by name on the server as one types; "Any task"
 * (offered until something is typed) clears the filter. `/` anywhere on the page comes here.
 */
export function TaskFilter({ value, valueLabel, onChange }: Props) {
  const id = useId();
  const [query, setQuery] = useState<string | null>(null);
  const typed = (query ?? '').trim();
  const search = useDebounced(typed, 200);
  // Without a search this is the same request the screen makes for task names, so it costs nothing
  // extra; and it is made only once the list is open (the screen holds its own back at first).
  const { data, isFetching } = useTasks(search ? { per_page: 20, name: search } : { per_page: 100 }, {
    enabled: query !== null,
  });
  // The previous answer stays while the next search runs: keep only what matches what is typed now.
  const needle = typed.toLowerCase();
  const tasks = query === null ? [] : (data?.data ?? []).filter((t) => t.name.toLowerCase().includes(needle));
  const options: ComboboxOption<Key>[] = [
    ...(typed ? [] : [{ key: 'any' as const, label: 'Any task', extra: true, chosen: value === undefined }]),
    ...tasks.map((t) => ({
      key: t.id,
      label: t.name,
      color: t.project?.color ?? t.color ?? 'var(--border-strong)',
      detail: t.project?.name,
      chosen: t.id === value,
    })),
  ];

  return (
    <div className="field entries-task-filter">
      <label htmlFor={id}>Task</label>
      <Combobox
        id={id}
        display={value === undefined ? '' : (valueLabel ?? `Task ${value}`)}
        placeholder="Any task"
        query={query}
        onQuery={setQuery}
        options={options}
        onPick={(o) => onChange(o.key === 'any' ? undefined : o.key)}
        searching={isFetching || search !== typed}
        listLabel="Tasks"
        countText={(n) => (n === 1 ? '1 task' : `${n} tasks`)}
        emptyText={`No task matches “${typed}”.`}
        keyShortcuts="/"
      />
    </div>
  );
}
