import { useCallback, useMemo, useRef } from 'react';

/** Remembers which element opened a dialog so focus can go back to it when the dialog closes. */
export function useReturnFocus() {
  const ref = useRef<Element | null>(null);
  const remember = useCallback((el: Element | null) => {
    ref.current = el;
  }, []);
  const restore = useCallback(() => {
    const el = ref.current;
    // The row may have re-rendered; wait a frame so the element is back in the document.
    requestAnimationFrame(() => {
      if (el instanceof HTMLElement && el.isConnected) el.focus();
    });
  }, []);
  return useMemo(() => ({ remember, restore }), [remember, restore]);
}
