import { useEffect, useId, useRef, useState, type Ref } from 'react';
import type { Task } from '../../../contract/index.ts';
import { useTasks } from '../../api/index.ts';
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

/** A searchable task combobox: type to search by name, arrows to move, Enter to choose, Escape to close. */
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
  const listId = useId();
  const tasks = useTaskLookup();
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const search = useDebounced(query ?? '', 200);
  const open = query !== null;
  const { data, isFetching } = useTasks({ per_page: 20, ...(search.trim() ? { name: search.trim() } : {}) });
  // The previous answer stays on screen while the next search runs; filter it so it never shows non-matches.
  const needle = (query ?? '').trim().toLowerCase();
  const options: Task[] = open
    ? (data?.data ?? []).filter((t) =>
        [t.name, t.project?.name, t.client?.name].some((n) => n?.toLowerCase().includes(needle)),
      )
    : [];
  const inputRef = useRef<HTMLInputElement | null>(null);

  const close = () => {
    setQuery(null);
    setActive(0);
  };
  const choose = (task: Task) => {
    onChange(task.id);
    close();
  };

  // Escape closes the list only. The dialog listens natively on its element, so this must be native too
  // (React's handler would run after the dialog had already closed).
  useEffect(() => {
    const el = inputRef.current;
    if (!el || !open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        setQuery(null);
      }
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [open]);

  const activeIndex = Math.min(active, options.length - 1);
  const current = options[activeIndex];
  return (
    <div className="task-picker">
      <input
        ref={(el) => {
          inputRef.current = el;
          if (typeof ref === 'function') ref(el);
          else if (ref) ref.current = el;
        }}
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && current ? `${listId}-${current.id}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        placeholder={placeholder}
        disabled={disabled}
        value={open ? query : value === null ? '' : taskLabel(tasks, value)}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onFocus={(e) => e.target.select()}
        onClick={() => !open && setQuery('')}
        onBlur={() => {
          close();
          onBlur();
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            if (!open) return setQuery('');
            const step = e.key === 'ArrowDown' ? 1 : -1;
            setActive((a) => (options.length ? (a + step + options.length) % options.length : 0));
          } else if (e.key === 'Enter' && open) {
            // Enter picks the option; it must not also save the form.
            e.preventDefault();
            e.stopPropagation();
            if (current) choose(current);
          }
        }}
      />
      {open && (
        <ul id={listId} role="listbox" aria-label="Tasks" className="task-picker-list">
          {options.map((task, i) => (
            <li
              key={task.id}
              id={`${listId}-${task.id}`}
              role="option"
              aria-selected={i === activeIndex}
              className={task.id === value ? 'chosen' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(task)}
            >
              <span
                className="dot"
                style={{ background: task.project?.color ?? task.color ?? 'var(--border-strong)' }}
              />
              <span className="task-picker-name">{task.name}</span>
              <span className="muted task-picker-project">
                {[task.project?.name, task.client?.name].filter(Boolean).join(' · ')}
              </span>
            </li>
          ))}
          {options.length === 0 && (
            <li className="task-picker-empty muted" role="presentation">
              {isFetching ? 'Searching…' : `No task matches “${query}”.`}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
