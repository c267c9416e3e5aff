import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

interface Props {
  /** The trigger's accessible name, also the popup's. */
  label: string;
  /** What the trigger shows (an icon, or text). */
  trigger: ReactNode;
  triggerClassName?: string;
  /** `menu`: arrow keys move between items, choosing one closes it. `dialog`: a small panel of controls. */
  kind?: 'menu' | 'dialog';
  /** Rendered only while open, so a hundred rows do not mount a hundred menus. */
  children: ReactNode;
  className?: string;
}

const ITEMS = 'button:not(:disabled), [role^="menuitem"]:not([aria-disabled="true"]), input, select, a[href]';

/**
 * A popup on the browser's top layer (the Popover API): never clipped by a scrolling table, closed by
 * Escape or a click outside, focus back on its trigger. The popup element exists only while open, so a
 * table row costs one button until someone opens its menu.
 */
export function Popover({ label, trigger, triggerClassName, kind = 'menu', children, className }: Props) {
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  // A press on the trigger of an open popup closes it (light dismiss) before the click: don't reopen it.
  const openAtPress = useRef(false);

  useEffect(() => {
    const pop = popRef.current;
    const button = buttonRef.current;
    if (!open || !pop || !button) return;
    pop.showPopover();
    // Below the trigger, right-aligned with it; above it when there is no room below.
    const b = button.getBoundingClientRect();
    const p = pop.getBoundingClientRect();
    const below = b.bottom + 4 + p.height <= window.innerHeight;
    pop.style.top = `${Math.max(8, below ? b.bottom + 4 : b.top - 4 - p.height)}px`;
    pop.style.left = `${Math.max(8, Math.min(b.right - p.width, window.innerWidth - p.width - 8))}px`;
    pop.querySelector<HTMLElement>(ITEMS)?.focus();
  }, [open]);

  const close = () => {
    const pop = popRef.current;
    if (pop?.matches(':popover-open')) pop.hidePopover();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (kind !== 'menu' || !['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
    const items = [...(popRef.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])];
    if (items.length === 0) return;
    e.preventDefault();
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next =
      e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : at + (e.key === 'ArrowDown' ? 1 : -1);
    items[(next + items.length) % items.length]?.focus();
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={triggerClassName ?? 'button ghost small'}
        aria-label={label}
        aria-haspopup={kind}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onPointerDown={() => {
          openAtPress.current = open;
        }}
        onClick={() => {
          if (openAtPress.current) openAtPress.current = false;
          else if (open) close();
          else setOpen(true);
        }}
      >
        {trigger}
      </button>
      {open && (
        <div
          ref={popRef}
          id={id}
          popover="auto"
          role={kind}
          aria-label={label}
          className={`popover ${className ?? ''}`}
          onToggle={(e) => {
            if (e.newState !== 'closed') return;
            // Escape or a click elsewhere closed it: focus goes back to the trigger unless it went elsewhere.
            const active = document.activeElement;
            if (!active || active === document.body || popRef.current?.contains(active))
              buttonRef.current?.focus();
            setOpen(false);
          }}
          onKeyDown={onKeyDown}
          onClick={(e) => {
            // Choosing a menu item closes the menu; controls in a dialog panel keep it open.
            if (kind === 'menu' && (e.target as Element).closest('button, [role^="menuitem"], a')) close();
          }}
        >
          {children}
        </div>
      )}
    </>
  );
}
