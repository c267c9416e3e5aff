/**
 * Puts a popover element on the top layer. The browser refuses (InvalidStateError) while another popover
 * is being shown, e.g. when the focus that a menu's opening moves fires a tooltip: then it tries again on
 * the next frame instead of throwing out of a render, which would take the whole view down with it.
 */
export function showOnTopLayer(el: HTMLElement): void {
  const show = () => {
    if (el.isConnected && !el.matches(':popover-open')) el.showPopover();
  };
  try {
    show();
  } catch {
    requestAnimationFrame(() => {
      try {
        show();
      } catch {
        // Still refused: the tip stays unshown, which costs less than a broken page.
      }
    });
  }
}
