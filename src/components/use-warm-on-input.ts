import { useEffect } from 'react';

/**
 * Starts `load` (fetching code a control will need) at the first pointer or key press after mount: a
 * person about to use the control has begun, and the screen they are on has long finished loading.
 * Nothing is fetched for a screen that is only looked at. `load` should be a stable function.
 */
export function useWarmOnInput(load: () => Promise<unknown>): void {
  useEffect(() => {
    const options = { once: true, capture: true, passive: true };
    const warm = () => {
      window.removeEventListener('pointerdown', warm, options);
      window.removeEventListener('keydown', warm, options);
      void load().catch(() => undefined);
    };
    window.addEventListener('pointerdown', warm, options);
    window.addEventListener('keydown', warm, options);
    return () => {
      window.removeEventListener('pointerdown', warm, options);
      window.removeEventListener('keydown', warm, options);
    };
  }, [load]);
}
