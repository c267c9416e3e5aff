import { useSyncExternalStore, type ComponentProps } from 'react';
import type { Toaster } from 'sonner';
import { loadedToasts, loadToasts, onToastsLoaded } from './toast.ts';
import { useWarmOnInput } from './use-warm-on-input.ts';

/**
 * Sonner's Toaster once the first toast (or the first touch or key press, which usually leads to one) has
 * brought the library in; nothing before that.
 */
export function ToasterHost(props: ComponentProps<typeof Toaster>) {
  const sonner = useSyncExternalStore(onToastsLoaded, loadedToasts, () => null);
  useWarmOnInput(loadToasts);
  return sonner ? <sonner.Toaster {...props} /> : null;
}
