import { useEffect, useId, useState } from 'react';
import type { Task } from '../../../contract/index.ts';
import { useTasks } from '../../api/index.ts';

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

/**
 * The Task filter: a combobox that searches tasks by name on the server as one types
 * (↓/↑ move, Enter chooses, Escape closes); "Any task" clears the filter.
 */
export function TaskFilter({ value, valueLabel, onChange }: Props) {
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const search = useDebounced((query ?? '').trim(), 200);
  const open = query !== null;
  // Without a search this is the same request the screen makes for task names, so it costs nothing extra.
  const { data, isFetching } = useTasks(search ? { per_page: 20, name: search } : { per_page: 100 });
  // Index 0 is "Any task"; tasks follow.
  const tasks: Task[] = open ? (data?.data ?? []) : [];
  const count = tasks.length + 1;
  const current = Math.min(active, count - 1);

  const close = () => {
    setQuery(null);
    setActive(0);
  };
  const choose = (index: number) => {
    onChange(index === 0 ? undefined : tasks[index - 1]?.id);
    close();
  };

  const shown = value === undefined ? '' : (valueLabel ?? `Task ${value}`);
  return (
    <div className="field entries-task-filter">
      <label htmlFor={id}>Task</label>
      <input
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${listId}-${current}` : undefined}
        autoComplete="off"
        placeholder="Any task"
        value={open ? query : shown}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(e.target.value ? 1 : 0);
        }}
        onFocus={(e) => e.target.select()}
        onClick={() => !open && setQuery('')}
        onBlur={close}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            if (!open) return setQuery('');
            setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : -1) + count) % count);
          } else if (e.key === 'Enter' && open) {
            e.preventDefault();
            choose(current);
          } else if (e.key === 'Escape' && open) {
            e.preventDefault();
            close();
          }
        }}
      />
      {open && (
        <ul id={listId} role="listbox" aria-label="Tasks" className="entries-listbox">
          <li
            id={`${listId}-0`}
            role="option"
            aria-selected={current === 0}
            className="muted"
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setActive(0)}
            onClick={() => choose(0)}
          >
            Any task
          </li>
          {tasks.map((task, i) => (
            <li
              key={task.id}
              id={`${listId}-${i + 1}`}
              role="option"
              aria-selected={current === i + 1}
              data-chosen={task.id === value || undefined}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i + 1)}
              onClick={() => choose(i + 1)}
            >
              <span
                className="dot"
                style={{ background: task.project?.color ?? task.color ?? 'var(--border-strong)' }}
              />
              <span className="entries-ellipsis">{task.name}</span>
              <span className="muted entries-listbox-meta">{task.project?.name}</span>
            </li>
          ))}
          {tasks.length === 0 && search && (
            <li role="presentation" className="muted entries-listbox-note">
              {isFetching ? 'Searching…' : `No task matches “${search}”.`}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
