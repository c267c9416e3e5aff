import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useCellTabIndex } from './data-table/grid-context.ts';
import { showOnTopLayer } from './top-layer.ts';
import './tooltip.css';

interface Props {
  /** What the tooltip says; null for none (the anchor stays, so a focused child keeps its focus). */
  text: string | null;
  children: ReactNode;
  className?: string | undefined;
  /**
   * The child is a control (a button) that takes focus itself; otherwise the anchor is focusable
   * (in a table, by the arrow keys only).
   */
  interactive?: boolean;
}

const SHOW_AFTER_MS = 350;
const TOUCH_MS = 3000;

/**
 * A tooltip shown on hover, on keyboard focus and on a tap, hidden by Escape: the replacement for
 * `title=`, which neither the keyboard nor touch can reach. It sits on the top layer, so a scrolling
 * table cannot clip it, and describes its anchor for screen readers.
 */
export function Tooltip({ text, children, className, interactive = false }: Props) {
  const id = useId();
  const anchorRef = useRef<HTMLSpanElement>(null);
  const tipRef = useRef<HTMLSpanElement>(null);
  const [open, setOpen] = useState(false);
  const timer = useRef(0);
  const cellTabIndex = useCellTabIndex();

  useEffect(() => {
    const tip = tipRef.current;
    const anchor = anchorRef.current;
    if (!open || !tip || !anchor) return;
    showOnTopLayer(tip);
    const a = anchor.getBoundingClientRect();
    const t = tip.getBoundingClientRect();
    const above = a.top - t.height - 6 >= 0;
    tip.style.top = `${above ? a.top - t.height - 6 : a.bottom + 6}px`;
    tip.style.left = `${Math.max(8, Math.min(a.left, window.innerWidth - t.width - 8))}px`;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    const hide = () => setOpen(false);
    document.addEventListener('keydown', onKey, true);
    window.addEventListener('scroll', hide, { capture: true, passive: true });
    return () => {
      document.removeEventListener('keydown', onKey, true);
      window.removeEventListener('scroll', hide, { capture: true });
      if (tip.matches(':popover-open')) tip.hidePopover();
    };
  }, [open]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const show = (delay: number, hideAfter?: number) => {
    clearTimeout(timer.current);
    if (text === null) return;
    timer.current = window.setTimeout(() => {
      setOpen(true);
      if (hideAfter) timer.current = window.setTimeout(() => setOpen(false), hideAfter);
    }, delay);
  };
  const hide = () => {
    clearTimeout(timer.current);
    setOpen(false);
  };

  return (
    <span
      ref={anchorRef}
      className={`tooltip-anchor ${className ?? ''}`}
      aria-describedby={text === null ? undefined : id}
      // A plain text anchor is focusable so the keyboard reaches the tooltip; a control is itself.
      tabIndex={interactive ? undefined : (cellTabIndex ?? 0)}
      onPointerEnter={(e) => e.pointerType === 'mouse' && show(SHOW_AFTER_MS)}
      onPointerLeave={(e) => e.pointerType === 'mouse' && hide()}
      onPointerDown={(e) => e.pointerType !== 'mouse' && show(0, TOUCH_MS)}
      onFocus={(e) => e.target.matches(':focus-visible') && show(0)}
      onBlur={hide}
    >
      {children}
      {text !== null && (
        <span ref={tipRef} id={id} role="tooltip" popover="manual" className="tooltip">
          {text}
        </span>
      )}
    </span>
  );
}
