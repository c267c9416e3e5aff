import { useLayoutEffect, useRef, type HTMLAttributes } from 'react';
import { openModalLayer } from './modal-layer.ts';

/**
 * A full-page modal layer of its own markup (the "Sign in again" card): while it is shown, everything
 * else, dialogs included, is inert and the page does not scroll.
 */
export function ModalOverlay(props: HTMLAttributes<HTMLDivElement>) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => (ref.current ? openModalLayer(ref.current) : undefined), []);
  return <div ref={ref} role="dialog" aria-modal="true" {...props} />;
}
