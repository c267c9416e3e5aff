/**
 * What a modal layer does to the page behind it, in plain DOM: everything outside the layer becomes
 * `inert` (no click, no Tab, hidden from screen readers) and the page stops scrolling. Layers stack: the
 * newest one is live and each one undoes only what it did. An element marked `data-above-modals` (the
 * toasts, whose Undo must stay in reach) is left live.
 */
const inertCount = new Map<Element, number>();
let scrollLocks = 0;
let savedOverflow = '';
let savedPadding = '';

function inertOutside(layer: Element): Element[] {
  const done: Element[] = [];
  const inert = (el: Element) => {
    if (el.hasAttribute('data-above-modals')) return;
    if (el instanceof HTMLScriptElement || el instanceof HTMLStyleElement) return;
    // A part that holds something kept live is made inert around it, child by child.
    if (el.querySelector('[data-above-modals]')) {
      for (const child of el.children) inert(child);
      return;
    }
    const n = inertCount.get(el) ?? 0;
    // Elements someone else made inert stay as they were.
    if (n === 0 && (el as HTMLElement).inert) return;
    inertCount.set(el, n + 1);
    (el as HTMLElement).inert = true;
    done.push(el);
  };
  for (let node: Element | null = layer; node && node !== document.body; node = node.parentElement) {
    const parent: Element | null = node.parentElement;
    if (!parent) break;
    for (const sibling of parent.children) if (sibling !== node) inert(sibling);
  }
  return done;
}

function release(elements: Element[]) {
  for (const el of elements) {
    const n = (inertCount.get(el) ?? 1) - 1;
    if (n > 0) inertCount.set(el, n);
    else {
      inertCount.delete(el);
      (el as HTMLElement).inert = false;
    }
  }
}

function lockScroll() {
  if (scrollLocks++ > 0) return;
  const root = document.documentElement;
  // Keep the page from shifting sideways when its scrollbar goes away.
  const scrollbar = window.innerWidth - root.clientWidth;
  savedOverflow = root.style.overflow;
  savedPadding = root.style.paddingRight;
  root.style.overflow = 'hidden';
  if (scrollbar > 0) root.style.paddingRight = `${scrollbar}px`;
}

function unlockScroll() {
  if (--scrollLocks > 0) return;
  const root = document.documentElement;
  root.style.overflow = savedOverflow;
  root.style.paddingRight = savedPadding;
}

/** Makes `layer` the only live part of the page until the returned function is called. */
export function openModalLayer(layer: Element): () => void {
  const inerted = inertOutside(layer);
  lockScroll();
  let closed = false;
  return () => {
    if (closed) return;
    closed = true;
    release(inerted);
    unlockScroll();
  };
}

/** True while a modal layer is open: page-wide shortcuts stay quiet then. */
export const modalOpen = () => scrollLocks > 0;

const FOCUSABLE =
  'a[href], button:not(:disabled), input:not(:disabled):not([type="hidden"]), select:not(:disabled), textarea:not(:disabled), [tabindex]';

/** The elements Tab visits inside `root`, in order. */
export function tabbables(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.tabIndex >= 0 && !el.closest('[hidden], [inert]') && el.getClientRects().length > 0,
  );
}
