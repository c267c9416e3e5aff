import { useEffect, useRef } from 'react';

/**
 * A box that scrolls gets a Tab stop while (and only while) its content overflows it, so the keyboard
 * can scroll it too (WCAG 2.1.1; axe's scrollable-region-focusable). Checked after every render of the
 * owner and when the box resizes.
 *
 * The check after a render waits for the next frame: reading the scroll size right after React's
 * commit would lay the page out there and then, in the same task, while a streaming range re-renders
 * the owner several times a second (the chart's legend). In the frame, the page is laid out anyway.
 */
export function useKeyboardScrollable<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => {
      const overflows = el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
      if (overflows && el.tabIndex < 0) el.tabIndex = 0;
      else if (!overflows && el.hasAttribute('tabindex')) el.removeAttribute('tabindex');
    };
    const frame = requestAnimationFrame(check);
    const observer = new ResizeObserver(check);
    observer.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  });
  return ref;
}
