import { Popover } from './popover.tsx';

export interface ColumnChoice {
  id: string;
  label: string;
  /** Columns that identify a row (or hold its controls) cannot be hidden. */
  canHide: boolean;
}

interface Props {
  columns: readonly ColumnChoice[];
  visibility: Record<string, boolean>;
  onChange: (next: Record<string, boolean>) => void;
  onReset: () => void;
}

/** The "Columns" button: a checkbox per column. Only an explicit `false` hides a column. */
export function ColumnVisibilityMenu({ columns, visibility, onChange, onReset }: Props) {
  const choices = columns.filter((c) => c.canHide);
  const hidden = choices.filter((c) => visibility[c.id] === false).length;
  return (
    <Popover
      kind="dialog"
      label="Show columns"
      triggerClassName="button"
      className="dt-columns-menu"
      trigger={
        <>
          <ColumnsIcon />
          Columns
          {hidden > 0 && <span className="badge">{hidden} hidden</span>}
        </>
      }
    >
      <fieldset className="dt-columns-list">
        <legend>Show columns</legend>
        {choices.map((c) => (
          <label key={c.id} className="checkbox">
            <input
              type="checkbox"
              checked={visibility[c.id] !== false}
              onChange={(e) => onChange({ ...visibility, [c.id]: e.target.checked })}
            />
            {c.label}
          </label>
        ))}
      </fieldset>
      <button type="button" className="button small ghost dt-columns-reset" onClick={onReset}>
        Reset to default
      </button>
    </Popover>
  );
}

function ColumnsIcon() {
  return (
    <svg
      width="14"
      height="14"
      viewBox="0 0 14 14"
      aria-hidden
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
    >
      <rect x="1.5" y="2" width="11" height="10" rx="1.5" />
      <path d="M5.2 2v10M8.8 2v10" />
    </svg>
  );
}
