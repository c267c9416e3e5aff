import { useEffect, useMemo, useState } from 'react';
import type { Task } from '../../../contract/index.ts';
import { useTasks } from '../../api/index.ts';
import { taskName } from '../../lib/display-names.ts';

/** Task names by id for labels (the picker's value, the conflict view); one cached page of 100. */
export function useTaskLookup(): Map<number, Task> {
  const { data } = useTasks({ per_page: 100 });
  return useMemo(() => new Map((data?.data ?? []).map((t) => [t.id, t])), [data]);
}

export function taskLabel(tasks: Map<number, Task>, id: number | null | undefined): string {
  if (id == null) return '—';
  return taskName(id, tasks.get(id)?.name);
}

/** The value, once it has stopped changing for `ms`: keeps a search request per pause, not per key. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}
