/** DOM helpers for moving between the cells of a data table's row with the arrow keys. */

const TARGET = 'button, a[href], input, select, textarea, [tabindex]';

/** What gets focus in a cell: its control (a checkbox, a link, a menu button) or the cell itself. */
export function cellTarget(cell: Element | undefined): HTMLElement | null {
  if (!(cell instanceof HTMLElement)) return null;
  const inner = [...cell.querySelectorAll<HTMLElement>(TARGET)].find((el) => !el.closest('[popover]'));
  return inner ?? cell;
}

/** The cell (td or th) of `row` that holds `el`, and its column number. */
export function cellOf(row: Element, el: Element): { cell: Element; column: number } | null {
  const cell = el.closest('td, th');
  if (!cell || cell.parentElement !== row) return null;
  return { cell, column: [...row.children].indexOf(cell) };
}

/** Focuses the target of column `column` in `row` (clamped to its cells); false when there is none. */
export function focusCell(row: Element | null | undefined, column: number): boolean {
  if (!row) return false;
  const cells = [...row.children];
  const target = cellTarget(cells[Math.max(0, Math.min(cells.length - 1, column))]);
  target?.focus();
  return !!target;
}

/** Opens the row's own menu (its `aria-haspopup="menu"` button), as the context-menu key does. */
export function openRowMenu(row: Element): boolean {
  const button = row.querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]');
  button?.click();
  return !!button;
}

/** The keyboard's "open the context menu" gestures: the Menu key and Shift+F10. */
export const isMenuKey = (e: { key: string; shiftKey: boolean }) =>
  e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey);
