import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useCellTabIndex } from './grid-context.ts';
import { menuKey } from './menu-keys.ts';

interface Props {
  /** The popup's accessible name. */
  label: string;
  /** The trigger's accessible name when it shows only an icon; otherwise its visible text names it. */
  triggerLabel?: string;
  /** What the trigger shows (an icon, or text). */
  trigger: ReactNode;
  triggerClassName?: string;
  /** `menu`: the menu button pattern (arrows, type-ahead, Tab closes). `dialog`: a small panel of controls. */
  kind?: 'menu' | 'dialog';
  /** Rendered only while open, so a hundred rows do not mount a hundred menus. */
  children: ReactNode;
  className?: string;
}

const ITEMS = '[role^="menuitem"]:not(:disabled):not([aria-disabled="true"])';
const CONTROLS = 'button:not(:disabled), input:not(:disabled), select:not(:disabled), a[href]';

/**
 * A popup on the browser's top layer (the Popover API): never clipped by a scrolling table, closed by
 * Escape, a click outside or focus leaving it, focus back on its trigger. It follows its trigger when the
 * page scrolls or resizes. The popup exists only while open, so a table row costs one button.
 */
export function Popover(props: Props) {
  const { label, triggerLabel, trigger, triggerClassName, kind = 'menu', children, className } = props;
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const tabIndex = useCellTabIndex();
  // A press on the trigger of an open popup closes it (light dismiss) before the click: don't reopen it.
  const openAtPress = useRef(false);

  useEffect(() => {
    const pop = popRef.current;
    const button = buttonRef.current;
    if (!open || !pop || !button) return;
    pop.showPopover();
    const place = () => {
      // Below the trigger, right-aligned with it; above it when there is no room below.
      const b = button.getBoundingClientRect();
      const p = pop.getBoundingClientRect();
      const below = b.bottom + 4 + p.height <= window.innerHeight;
      pop.style.top = `${Math.max(8, below ? b.bottom + 4 : b.top - 4 - p.height)}px`;
      pop.style.left = `${Math.max(8, Math.min(b.right - p.width, window.innerWidth - p.width - 8))}px`;
    };
    place();
    const items = [...pop.querySelectorAll<HTMLElement>(kind === 'menu' ? ITEMS : CONTROLS)];
    if (kind === 'menu') for (const item of items) item.tabIndex = -1;
    (open === 'last' ? items.at(-1) : items[0])?.focus();
    window.addEventListener('scroll', place, { capture: true, passive: true });
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, { capture: true });
      window.removeEventListener('resize', place);
    };
  }, [open, kind]);

  const close = () => {
    const pop = popRef.current;
    if (pop?.matches(':popover-open')) pop.hidePopover();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (kind !== 'menu' || e.nativeEvent.isComposing) return;
    if (e.key === 'Tab') {
      // Tab leaves the menu for the control after (or before) its button, closing it on the way.
      buttonRef.current?.focus();
      close();
      return;
    }
    const items = [...(popRef.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])];
    const next = menuKey(e.key, items, document.activeElement);
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={triggerClassName ?? 'button ghost small'}
        aria-label={triggerLabel}
        aria-haspopup={kind}
        aria-expanded={!!open}
        aria-controls={open ? id : undefined}
        tabIndex={tabIndex}
        onPointerDown={() => {
          openAtPress.current = !!open;
        }}
        onKeyDown={(e) => {
          if (kind === 'menu' && (e.key === 'ArrowDown' || e.key === 'ArrowUp') && !open) {
            e.preventDefault();
            setOpen(e.key === 'ArrowUp' ? 'last' : 'first');
          }
        }}
        onClick={() => {
          if (openAtPress.current) openAtPress.current = false;
          else if (open) close();
          else setOpen('first');
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
          onBlur={(e) => {
            // Focus that leaves the popup (Tab past its last control) closes it.
            const to = e.relatedTarget;
            if (to instanceof Node && !popRef.current?.contains(to) && to !== buttonRef.current) close();
          }}
          onKeyDown={onKeyDown}
          onClick={(e) => {
            // Choosing a menu item closes the menu; controls in a dialog panel keep it open.
            if (kind === 'menu' && (e.target as Element).closest('[role^="menuitem"]')) close();
          }}
        >
          {children}
        </div>
      )}
    </>
  );
}
