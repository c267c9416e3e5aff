import { useEffect, useSyncExternalStore, type ComponentProps } from 'react';
import type { Toaster } from 'sonner';
import { loadedToasts, loadToasts, onToastsLoaded } from './toast.ts';

/**
 * Sonner's Toaster once the first toast (or the first touch or key press, which usually leads to one) has
 * brought the library in; nothing before that.
 */
export function ToasterHost(props: ComponentProps<typeof Toaster>) {
  const sonner = useSyncExternalStore(onToastsLoaded, loadedToasts, () => null);
  useEffect(() => {
    if (sonner) return;
    const warm = () => void loadToasts().catch(() => undefined);
    const options = { once: true, capture: true, passive: true };
    window.addEventListener('pointerdown', warm, options);
    window.addEventListener('keydown', warm, options);
    return () => {
      window.removeEventListener('pointerdown', warm, options);
      window.removeEventListener('keydown', warm, options);
    };
  }, [sonner]);
  return sonner ? <sonner.Toaster {...props} /> : null;
}
