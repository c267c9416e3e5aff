import { useEffect, useState } from 'react';
import { showOnTopLayer } from './top-layer.ts';
import './overflow-tooltip.css';

interface Tip {
  text: string;
  left: number;
  top: number;
}

/** Text cut with an ellipsis by its own style (a cell, a name in a legend). */
function isCut(el: Element): boolean {
  return (
    el instanceof HTMLElement &&
    el.scrollWidth > el.clientWidth + 1 &&
    getComputedStyle(el).textOverflow === 'ellipsis'
  );
}

/** The cut element under the pointer: the target or one of its near ancestors. */
function cutAt(target: EventTarget | null): HTMLElement | null {
  let el = target instanceof Element ? target : null;
  for (let i = 0; el && i < 4; i++, el = el.parentElement) if (isCut(el)) return el as HTMLElement;
  return null;
}

/** The first cut text inside a focused element (a table row, a link): what the keyboard reached. */
function cutWithin(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof HTMLElement)) return null;
  if (isCut(target)) return target;
  const inner = target.querySelectorAll('td, th, span');
  for (let i = 0; i < inner.length && i < 60; i++) {
    const el = inner[i] as HTMLElement;
    if (isCut(el)) return el;
  }
  return null;
}

function tipFor(el: HTMLElement): Tip | null {
  const text = (el.textContent ?? '').trim();
  if (!text) return null;
  const r = el.getBoundingClientRect();
  return { text, left: Math.max(8, Math.min(r.left, window.innerWidth - 328)), top: r.bottom + 6 };
}

/**
 * The full value of any text cut short with an ellipsis, anywhere on the page, shown below it on hover
 * and when the keyboard focuses it (or the row holding it). One listener for the whole page instead of
 * one per cell, so long tables pay nothing for it. Screen readers already read the whole text; the tip
 * is for eyes only.
 */
export function OverflowTooltip() {
  const [tip, setTip] = useState<Tip | null>(null);

  useEffect(() => {
    let shownFor: Element | null = null;
    const show = (el: HTMLElement | null) => {
      if (el === shownFor) return;
      shownFor = el;
      setTip(el ? tipFor(el) : null);
    };
    const onOver = (e: PointerEvent) => {
      if (e.pointerType === 'mouse' || e.pointerType === 'pen') show(cutAt(e.target));
    };
    const onFocus = (e: FocusEvent) => show(cutWithin(e.target));
    const hide = () => show(null);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') hide();
    };
    document.addEventListener('pointerover', onOver);
    document.addEventListener('focusin', onFocus);
    document.addEventListener('focusout', hide);
    document.addEventListener('keydown', onKey);
    window.addEventListener('scroll', hide, true);
    window.addEventListener('resize', hide);
    return () => {
      document.removeEventListener('pointerover', onOver);
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('focusout', hide);
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', hide, true);
      window.removeEventListener('resize', hide);
    };
  }, []);

  if (!tip) return null;
  return (
    <div
      className="overflow-tip"
      popover="manual"
      aria-hidden
      ref={(el) => {
        // The top layer: above sticky headers, dialogs and anything that clips.
        if (el) showOnTopLayer(el);
      }}
      style={{ left: tip.left, top: tip.top }}
    >
      {tip.text}
    </div>
  );
}
