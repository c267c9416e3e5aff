import { useQueryClient } from '@tanstack/react-query';
import { formatCount } from '../../lib/locale.ts';
import { useState } from 'react';
import { toast } from '../../components/toast.ts';
import { entryStreamOptions, useApi } from '../../api/index.ts';
import { localTimeZone } from '../../lib/dates.ts';
import { toStreamQuery, viewRange, type EntriesViewState } from './entries-view-state.ts';
import { sortEntries } from './entry-order.ts';
import { filterLoaded } from './loaded-filters.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/**
 * Export CSV: every entry the filters match, not just the page on screen. It reads the stream
 * endpoint (from the cache when the whole-range view or the chart already loaded it), applies the
 * browser-side filters and the current sort, and downloads the file.
 */
export function ExportCsvButton({
  state,
  archived,
  personName,
}: {
  state: EntriesViewState;
  archived: boolean;
  personName: (id: number) => string;
}) {
  const queryClient = useQueryClient();
  const { client, workspace } = useApi();
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      const query = toStreamQuery({ ...state, sort: '-start' }, archived);
      const all = await queryClient.fetchQuery(entryStreamOptions(client, workspace, query));
      const rows = sortEntries(filterLoaded(all, state), state.sort);
      // The CSV writer comes with the first export, not with the table.
      const { entriesCsv, downloadText } = await import('./entries-csv.ts');
      const text = entriesCsv(rows, { timeZone: localTimeZone(), now: Date.now(), personName });
      const { from, to } = viewRange(state);
      downloadText(`${archived ? 'archived-entries' : 'time-entries'}_${day(from)}_${day(to)}.csv`, text);
      toast.success(`Exported ${formatCount(rows.length)} ${rows.length === 1 ? 'entry' : 'entries'}.`);
    } catch (error) {
      toast.error(`Export failed: ${error instanceof Error ? error.message : 'unknown error'}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <button
      type="button"
      className="button"
      onClick={() => void run()}
      disabled={busy}
      aria-busy={busy || undefined}
    >
      <DownloadIcon />
      {busy ? 'Exporting…' : 'Export CSV'}
    </button>
  );
}

function DownloadIcon() {
  return (
    <svg
      width="14"
      height="14"
      viewBox="0 0 14 14"
      aria-hidden
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
    >
      <path d="M7 1.5v8M3.8 6.5 7 9.7l3.2-3.2M2 12.5h10" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
