import { useEffect, useRef } from 'react';
import { useUndoLast } from './use-undo-last.ts';

/**
 * Runs Control/⌘+Z once for each press counted in `presses` (the page-wide keyboard counts them, so the
 * write road is fetched only when undo is first asked for, and a press made meanwhile is not lost).
 */
export function UndoLastRunner({ presses }: { presses: number }) {
  const undoLast = useUndoLast();
  const done = useRef(0);
  useEffect(() => {
    while (done.current < presses) {
      done.current++;
      void undoLast();
    }
  });
  return null;
}
