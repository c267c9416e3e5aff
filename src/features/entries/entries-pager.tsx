import { useId } from 'react';
import { Tooltip } from '../../components/tooltip.tsx';
import { formatCount } from '../../lib/locale.ts';

interface Props {
  page: number;
  perPage: number;
  /** Rows on this page. */
  pageLength: number;
  /** Every matching row, once counted; null until then. */
  total: number | null;
  hasNext: boolean | null;
  busy: boolean;
  onPage: (page: number) => void;
  onPerPage: (perPage: number) => void;
}

const PER_PAGE = [10, 25, 50, 100];

/**
 * Previous / Page N / Next, and which rows of how many: "Rows 51–100 of 2,958". The API's pages carry no
 * total; it comes from counting every matching entry, and until it has, a short page tells the last one.
 */
export function EntriesPager({ page, perPage, pageLength, total, hasNext, busy, onPage, onPerPage }: Props) {
  const id = useId();
  const first = (page - 1) * perPage + 1;
  const choices = PER_PAGE.includes(perPage) ? PER_PAGE : [...PER_PAGE, perPage].sort((a, b) => a - b);
  return (
    <nav className="entries-pager" aria-label="Pages">
      <span className="muted num entries-pager-rows">
        {pageLength > 0
          ? `Rows ${formatCount(first)}–${formatCount(first + pageLength - 1)}${total === null ? '' : ` of ${formatCount(total)}`}`
          : ''}
        {total === null && hasNext === false && page > 1 && pageLength > 0 ? ' · last page' : ''}
      </span>
      <label className="entries-per-page" htmlFor={id}>
        Per page
        <select id={id} value={perPage} onChange={(e) => onPerPage(Number(e.target.value))}>
          {choices.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <div className="entries-pager-buttons">
        <button type="button" className="button small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          <span aria-hidden>‹</span> Previous
        </button>
        <span className="entries-page-number num" aria-current="page" aria-busy={busy || undefined}>
          Page {page}
        </span>
        <NextButton hasNext={hasNext} onClick={() => onPage(page + 1)} />
      </div>
    </nav>
  );
}

function NextButton({ hasNext, onClick }: { hasNext: boolean | null; onClick: () => void }) {
  // Until the next page has been asked for, the button says so on hover and focus.
  return (
    <Tooltip interactive text={hasNext === null ? 'Checking whether there is a next page…' : null}>
      <button type="button" className="button small" disabled={hasNext === false} onClick={onClick}>
        Next <span aria-hidden>›</span>
      </button>
    </Tooltip>
  );
}
