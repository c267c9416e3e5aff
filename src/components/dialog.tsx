import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { openModalLayer, tabbables } from './modal-layer.ts';
import { useKeyboardScrollable } from './use-keyboard-scrollable.ts';

interface DialogProps {
  title: ReactNode;
  /** Escape, the backdrop and the close button all call this; the caller decides whether to ask first. */
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
  /** Labels the dialog for screen readers and tests (the title's text when it is a string). */
  label?: string;
}

/**
 * A modal dialog on its own layer at the end of the page: the page behind it is inert and does not
 * scroll, focus moves inside on open, Tab cycles within it, Escape asks to close, and on close focus goes
 * back to whatever had it before. (Not the native `<dialog>`: a modal one would make the toasts inert too,
 * and an Undo in a toast must stay reachable while a form is open.)
 */
export function Dialog({ title, onClose, children, footer, wide, label }: DialogProps) {
  const titleId = useId();
  const [host] = useState(() => {
    const el = document.createElement('div');
    el.className = 'dialog-layer';
    return el;
  });
  const ref = useRef<HTMLDivElement>(null);
  const backdropRef = useRef<HTMLDivElement>(null);
  // On a short screen the body itself scrolls: the keyboard must be able to scroll it too.
  const bodyRef = useKeyboardScrollable<HTMLDivElement>();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  // Layout effect: the layer and its inert page exist before the browser paints or anyone can click.
  useLayoutEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    document.body.append(host);
    const close = openModalLayer(host);
    return () => {
      close();
      host.remove();
      // Back to the opener while it is still there; whoever moved focus elsewhere meanwhile wins.
      const active = document.activeElement;
      if ((!active || active === document.body) && opener?.isConnected && !opener.closest('[inert]'))
        opener.focus({ preventScroll: true });
    };
  }, [host]);

  useEffect(() => {
    const el = ref.current;
    const backdrop = backdropRef.current;
    if (!el || !backdrop) return;
    if (!el.contains(document.activeElement)) {
      const first = el.querySelector<HTMLElement>(
        '[autofocus], input:not(:disabled), select, textarea, button:not(.dialog-close):not(:disabled)',
      );
      (first ?? el).focus();
    }
    // Native listeners: a control inside (a combobox's list) stops its own Escape before this sees it.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        onCloseRef.current();
      } else if (e.key === 'Tab') {
        const items = tabbables(el);
        const first = items[0];
        const last = items.at(-1);
        if (!first || !last) return;
        if (e.shiftKey && (document.activeElement === first || document.activeElement === el)) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && document.activeElement === last) {
          e.preventDefault();
          first.focus();
        }
      }
    };
    // A press on the backdrop itself closes (mouse only; Escape is the keyboard's way).
    const onBackdrop = (e: MouseEvent) => {
      if (e.target === backdrop) onCloseRef.current();
    };
    el.addEventListener('keydown', onKey);
    backdrop.addEventListener('mousedown', onBackdrop);
    return () => {
      el.removeEventListener('keydown', onKey);
      backdrop.removeEventListener('mousedown', onBackdrop);
    };
  }, []);

  return createPortal(
    <div className="dialog-backdrop" ref={backdropRef}>
      <div
        ref={ref}
        className={`dialog${wide ? ' wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={label === undefined ? titleId : undefined}
        aria-label={label}
        tabIndex={-1}
      >
        <div className="dialog-header">
          <h2 id={titleId}>{title}</h2>
          <button
            type="button"
            className="button ghost small dialog-close"
            aria-label="Close"
            onClick={onClose}
            style={{ marginLeft: 'auto' }}
          >
            ✕
          </button>
        </div>
        <div className="dialog-body" ref={bodyRef}>
          {children}
        </div>
        {footer && <div className="dialog-footer">{footer}</div>}
      </div>
    </div>,
    host,
  );
}
