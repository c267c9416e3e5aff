import { useMemo } from 'react';
import type { TimeEntry } from '../../../contract/index.ts';
import { usePeople, useTasks, useTimeBlockEntries } from '../../api/index.ts';
import { navigate, useLocation } from '../../navigation/location.ts';
import { TimeBlockCard } from './time-block-card.tsx';
import { parseIdList } from '../../lib/id-list.ts';
import { TimeBlockIdsForm } from './time-block-ids-form.tsx';
import './time-blocks.css';

/** All entries of the time blocks named in the URL (`?ids=1,2`), through the time-block stream endpoint. */
export function TimeBlocksScreen() {
  const { search } = useLocation();
  const raw = search.get('ids') ?? '';
  const ids = useMemo(() => (/^[\d,\s]+$/.test(raw) ? parseIdList(raw) : []), [raw]);
  const entries = useTimeBlockEntries(ids);
  const tasks = useTasks({ per_page: 100 });
  const people = usePeople();
  const taskById = useMemo(
    () => new Map((tasks.data?.data ?? []).map((t) => [t.id, t] as const)),
    [tasks.data],
  );
  const groups = useMemo(() => {
    const byBlock = new Map<number, TimeEntry[]>(ids.map((id) => [id, []]));
    for (const e of entries.data ?? []) {
      if (e.time_block_id) byBlock.set(e.time_block_id, [...(byBlock.get(e.time_block_id) ?? []), e]);
    }
    return [...byBlock].map(([id, list]) => ({
      id,
      entries: list.sort((a, b) => Date.parse(a.start ?? '') - Date.parse(b.start ?? '')),
    }));
  }, [ids, entries.data]);

  return (
    <div className="blocks-screen">
      <header className="page-header">
        <div>
          <h1>Time blocks</h1>
          <p className="muted blocks-sub">
            A time block groups the entries of one sitting. See every entry of a block, whatever its date.
          </p>
        </div>
      </header>
      <TimeBlockIdsForm ids={ids} onShow={(next) => navigate(`/time-blocks?ids=${next.join(',')}`)} />
      {ids.length === 0 ? (
        <div className="blocks-empty">
          <h2>Choose a time block</h2>
          <p className="muted">
            Type block ids above, or open one from the time-block column of the Entries table.
          </p>
        </div>
      ) : entries.isError ? (
        <div role="alert" className="form-error">
          Could not load the time blocks: {entries.error.message}{' '}
          <button type="button" className="button link" onClick={() => void entries.refetch()}>
            Try again
          </button>
        </div>
      ) : entries.isPending ? (
        <div className="blocks-card" aria-busy="true" aria-label="Loading time blocks">
          {[0, 1, 2].map((i) => (
            <div key={i} className="blocks-skeleton">
              <span className="skeleton" />
            </div>
          ))}
        </div>
      ) : (
        groups.map((g) => (
          <TimeBlockCard
            key={g.id}
            id={g.id}
            entries={g.entries}
            taskById={taskById}
            personName={people.name}
          />
        ))
      )}
    </div>
  );
}
