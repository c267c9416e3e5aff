import { useCallback, useSyncExternalStore } from 'react';
import { THEME_KEY, browserStorage, writeItem } from '../api/index.ts';

export type Theme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';
const listeners = new Set<() => void>();

function systemTheme(): Theme {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

/** The theme chosen in this browser, or null when the page follows the system setting. */
function chosenTheme(): Theme | null {
  const v = browserStorage('local')?.getItem(THEME_KEY);
  return v === 'light' || v === 'dark' ? v : null;
}

/** Puts the chosen theme on <html> (the stylesheet reads it); without a choice the system setting rules. */
export function applyStoredTheme() {
  const chosen = chosenTheme();
  if (chosen) document.documentElement.dataset.theme = chosen;
  else delete document.documentElement.dataset.theme;
}

const effectiveTheme = (): Theme => chosenTheme() ?? systemTheme();

function subscribe(listener: () => void) {
  listeners.add(listener);
  const media = typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : null;
  media?.addEventListener('change', listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === THEME_KEY || e.key === null) {
      applyStoredTheme();
      listener();
    }
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    media?.removeEventListener('change', listener);
    window.removeEventListener('storage', onStorage);
  };
}

/**
 * The theme in use and a toggle. Toggling back to what the system asks for forgets the choice, so the
 * page follows the system again (a person who never touches the toggle always gets the system's theme).
 */
export function useTheme(): { theme: Theme; toggle: () => void } {
  const theme = useSyncExternalStore(subscribe, effectiveTheme, () => 'light' as const);
  const toggle = useCallback(() => {
    const next: Theme = effectiveTheme() === 'dark' ? 'light' : 'dark';
    const storage = browserStorage('local');
    if (next === systemTheme()) storage?.removeItem(THEME_KEY);
    else writeItem(storage, THEME_KEY, next);
    applyStoredTheme();
    listeners.forEach((l) => l());
  }, []);
  return { theme, toggle };
}
