import type { EntriesData } from './use-entries-data.ts';

/** What the numbers above the table do not say by themselves: a refresh that failed. */
export function EntriesNotes({ data }: { data: EntriesData }) {
  if (!data.refreshError) return null;
  return (
    <p className="entries-note entries-note-error" role="alert">
      These rows may be out of date: the refresh failed ({data.refreshError.message}).{' '}
      <button type="button" className="button link" onClick={data.retry}>
        Try again
      </button>
    </p>
  );
}
