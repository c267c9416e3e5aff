import type { Column, RowData } from '@tanstack/react-table';
import type { DataTableFeatures } from './data-table-features.ts';

// Varied bar lengths read as text rather than as a striped block.
const WIDTHS = [72, 54, 88, 61, 79, 46, 67];

/** Placeholder rows of the same height as real ones, so nothing moves when data arrives. */
export function SkeletonRows<T extends RowData>({
  columns,
  count,
}: {
  columns: readonly Column<DataTableFeatures, T, unknown>[];
  count: number;
}) {
  return (
    <>
      {Array.from({ length: count }, (_, r) => (
        <tr key={r} className="dt-skeleton-row" aria-hidden>
          {columns.map((c, i) => (
            <td key={c.id}>
              {c.columnDef.meta?.hideHeaderText ? null : (
                <span className="skeleton" style={{ width: `${WIDTHS[(r + i) % WIDTHS.length]}%` }} />
              )}
            </td>
          ))}
        </tr>
      ))}
    </>
  );
}
