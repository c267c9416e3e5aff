import { useEffect, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: ReactNode;
  /** Escape, the backdrop and the close button all call this; the caller decides whether to ask first. */
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
  /** Labels the dialog for screen readers and tests. */
  label?: string;
}

/** A modal dialog: focus moves inside on open and stays there; Escape asks to close. */
export function Dialog({ title, onClose, children, footer, wide, label }: DialogProps) {
  const ref = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (!el.contains(document.activeElement)) {
      const first = el.querySelector<HTMLElement>(
        '[autofocus], input, select, textarea, button:not(.dialog-close)',
      );
      (first ?? el).focus();
    }
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        onCloseRef.current();
      } else if (e.key === 'Tab') {
        const items = [
          ...el.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]'),
        ].filter((n) => !n.hasAttribute('disabled') && n.tabIndex >= 0);
        const first = items[0];
        const last = items[items.length - 1];
        if (!first || !last) return;
        if (e.shiftKey && document.activeElement === first) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && document.activeElement === last) {
          e.preventDefault();
          first.focus();
        }
      }
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div
      className="dialog-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div
        ref={ref}
        className={`dialog${wide ? ' wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-label={label ?? (typeof title === 'string' ? title : undefined)}
        tabIndex={-1}
      >
        <div className="dialog-header">
          <h2>{title}</h2>
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
        <div className="dialog-body">{children}</div>
        {footer && <div className="dialog-footer">{footer}</div>}
      </div>
    </div>
  );
}
