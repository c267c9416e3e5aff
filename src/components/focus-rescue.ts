import { useEffect } from 'react';
import { tabbables } from './modal-layer.ts';

/**
 * Keeps focus from falling to the page body when the focused element disappears (a deleted row, the
 * bulk bar once its selection is gone, a toast's Undo). Focus goes to the place the lost element's
 * nearest `data-focus-fallback` names (a CSS selector, e.g. the table's current row) or the main
 * heading when that is gone too; without one, to the first control of its nearest part still on the
 * page.
 */
interface Lost {
  el: Element;
  fallback: string | null;
  ancestors: Element[];
  /** Where it sat in a table: its body, its row's place and its text ("Restore"). */
  row: { body: Element; index: number; text: string } | null;
}

/** The same control in the row that took the lost one's place (or the last row): "the next row". */
function sameInNextRow(lost: Lost): HTMLElement | undefined {
  if (!lost.row?.body.isConnected) return undefined;
  const rows = lost.row.body.children;
  const row = rows[Math.min(lost.row.index, rows.length - 1)];
  if (!row) return undefined;
  const controls = tabbables(row);
  return controls.find((c) => c.textContent === lost.row?.text) ?? controls[0];
}

export function useFocusRescue() {
  useEffect(() => {
    let last: Lost | null = null;
    // When nothing can take focus yet (the next screen is still loading), keep trying for a moment.
    let giveUpAt = 0;
    const onFocusIn = (e: FocusEvent) => {
      const el = e.target;
      if (!(el instanceof Element)) return;
      const ancestors: Element[] = [];
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) ancestors.push(a);
      giveUpAt = 0;
      const row = el.closest('tbody > tr');
      last = {
        el,
        fallback: el.closest('[data-focus-fallback]')?.getAttribute('data-focus-fallback') ?? null,
        ancestors,
        row: row?.parentElement
          ? {
              body: row.parentElement,
              index: [...row.parentElement.children].indexOf(row),
              text: el.textContent ?? '',
            }
          : null,
      };
    };
    const rescue = () => {
      const active = document.activeElement;
      if (!last || (active && active !== document.body) || last.el.isConnected) return;
      const lost = last;
      if (!giveUpAt) giveUpAt = Date.now() + 3000;
      else if (Date.now() > giveUpAt) {
        last = null;
        return;
      }
      const heading = document.querySelector<HTMLElement>('main h1, h1');
      const part = lost.ancestors.find((a) => a.isConnected && !a.closest('[inert]'));
      const target = lost.fallback
        ? (document.querySelector<HTMLElement>(lost.fallback) ?? heading)
        : (sameInNextRow(lost) ?? (part ? tabbables(part)[0] : undefined) ?? heading);
      if (!target) return;
      last = null;
      giveUpAt = 0;
      if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
      target.focus();
    };
    // A focused element that is removed fires no event everywhere; watching the page for removals does.
    const observer = new MutationObserver(rescue);
    observer.observe(document.body, { childList: true, subtree: true });
    document.addEventListener('focusin', onFocusIn);
    return () => {
      observer.disconnect();
      document.removeEventListener('focusin', onFocusIn);
    };
  }, []);
}
