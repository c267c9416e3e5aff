import { useEffect, useRef } from 'react';
import { modalOpen } from './modal-layer.ts';

/** A key as `aria-keyshortcuts` spells it: `N`, `/`, `?`, `Delete`, `Escape`, `Control+Z`. */
export function shortcutOf(e: KeyboardEvent): string {
  const key = e.key.length === 1 ? e.key.toUpperCase() : e.key;
  const mods = [e.ctrlKey && 'Control', e.metaKey && 'Meta', e.altKey && 'Alt'].filter(Boolean);
  return [...mods, key].join('+');
}

const TYPING = [
  'input:not([type="checkbox"], [type="radio"], [type="button"], [type="submit"], [type="reset"], [type="range"])',
  'textarea',
  'select',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[role="combobox"]',
].join(', ');

/** True when a key press belongs to what has focus: a field being typed in, an open menu or dialog. */
export function keyBelongsElsewhere(e: KeyboardEvent): boolean {
  const target = e.target instanceof Element ? e.target : null;
  return (
    e.defaultPrevented ||
    e.isComposing ||
    modalOpen() ||
    !!target?.closest(TYPING) ||
    !!target?.closest('[popover]') ||
    // An open menu or panel (auto popovers) has the keys; a tooltip (manual) does not.
    !!document.querySelector('[popover="auto"]:popover-open')
  );
}

const listed = (el: Element, shortcut: string) =>
  (el.getAttribute('aria-keyshortcuts') ?? '')
    .split(/\s+/)
    .some((s) => s.toUpperCase() === shortcut.toUpperCase());

/**
 * Page-wide keyboard shortcuts, quiet while someone types in a field or a dialog or menu is open.
 * A visible, enabled element that declares the key in `aria-keyshortcuts` is pressed (or focused, when
 * it is a field); `actions` handles the keys that belong to no element (`?` for help, Control+Z to undo).
 */
export function useKeyboardShortcuts(actions: Record<string, () => void>) {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (keyBelongsElsewhere(e)) return;
      const shortcut = shortcutOf(e);
      const el = [...document.querySelectorAll<HTMLElement>('[aria-keyshortcuts]')].find(
        (el) =>
          listed(el, shortcut) &&
          el.getClientRects().length > 0 &&
          !el.closest('[inert]') &&
          !(el as HTMLButtonElement).disabled,
      );
      const action = latest.current[shortcut] ?? latest.current[shortcut.replace(/^Meta\+/, 'Control+')];
      if (!el && !action) return;
      e.preventDefault();
      if (!el) action?.();
      else if (el.matches('input, textarea, select, [role="combobox"]')) el.focus();
      else el.click();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
