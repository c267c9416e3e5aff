import type { EntriesViewState } from './entries-view-state.ts';
import type { FilterPatch } from './entries-filters.tsx';
import { EntriesState } from './entries-states.tsx';
import type { EntriesData } from './use-entries-data.ts';

interface Props {
  data: EntriesData;
  state: EntriesViewState;
  onFilter: (patch: FilterPatch) => void;
  onPage: (page: number) => void;
}

/** What the table says when it has no rows: why they could not be loaded (with a retry), or why nothing matched. */
export function EntriesTableState({ data, state, onFilter, onPage }: Props) {
  if (data.error) {
    return (
      <EntriesState
        tone="error"
        title="The entries could not be loaded"
        action={
          <button type="button" className="button primary" onClick={data.retry}>
            Try again
          </button>
        }
      >
        {data.error.message}
      </EntriesState>
    );
  }
  if (state.mode === 'paged' && state.page > 1 && data.pageLength === 0) {
    return (
      <EntriesState
        title={`Page ${state.page} is past the last page`}
        action={
          <button type="button" className="button" onClick={() => onPage(1)}>
            Go to page 1
          </button>
        }
      />
    );
  }
  const filtered = [state.task, state.status, state.type, state.block, state.person].some(
    (v) => v !== undefined,
  );
  return (
    <EntriesState
      title="No entries match"
      action={
        filtered ? (
          <button
            type="button"
            className="button"
            onClick={() =>
              onFilter({
                task: undefined,
                status: undefined,
                type: undefined,
                block: undefined,
                person: undefined,
              })
            }
          >
            Clear filters
          </button>
        ) : undefined
      }
    >
      {filtered
        ? 'Nothing in this range matches the filters.'
        : 'Nothing was tracked in this range. Try another range.'}
    </EntriesState>
  );
}
