import type { CellContext } from '@tanstack/react-table';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { Checkbox } from '../../components/data-table/checkbox.tsx';
import type { DataTableFeatures } from '../../components/data-table/data-table-features.ts';
import { useCellTabIndex } from '../../components/data-table/grid-context.ts';
import { Popover } from '../../components/data-table/popover.tsx';
import { useCellEnv, useSelectionEnv } from './entries-table-context.ts';

type Props = CellContext<DataTableFeatures, TimeEntryWithTask, unknown>;

export function SelectAllHeader() {
  const env = useSelectionEnv();
  return (
    <Checkbox
      aria-label={env.selectAllLabel}
      checked={env.shown === 'all'}
      indeterminate={env.shown === 'some'}
      onChange={(e) => env.onToggleAll(e.target.checked)}
    />
  );
}

export function SelectCell({ row }: Props) {
  const env = useSelectionEnv();
  const entry = row.original;
  return (
    <Checkbox
      aria-label={`Select entry ${entry.id}`}
      checked={env.isSelected(entry.id)}
      // A click's shift key extends the selection from the last clicked row.
      onChange={(e) => env.onToggleRow(entry, (e.nativeEvent as MouseEvent).shiftKey === true)}
    />
  );
}

export function TimeBlockCell({ row }: Props) {
  const env = useCellEnv();
  const tabIndex = useCellTabIndex();
  const id = row.original.time_block_id;
  if (!id) return <span className="muted">—</span>;
  if (!env.onOpenTimeBlock) return <span className="num">#{id}</span>;
  const open = env.onOpenTimeBlock;
  return (
    <button
      type="button"
      className="button link entries-block"
      aria-label={`Open time block ${id}`}
      tabIndex={tabIndex}
      onClick={() => open(id)}
    >
      #{id}
    </button>
  );
}

export function ActionsCell({ row }: Props) {
  const env = useCellEnv();
  if (!env.renderRowActions) return null;
  const render = env.renderRowActions;
  return (
    <Popover
      label={`Actions for entry ${row.original.id}`}
      triggerLabel={`Actions for entry ${row.original.id}`}
      trigger={<span aria-hidden>⋯</span>}
      triggerClassName="button ghost small entries-menu-button"
    >
      {render(row.original)}
    </Popover>
  );
}
