import { useCallback, useState } from 'react';
import { STORAGE_PREFIX, browserStorage, writeItem } from '../../api/browser-storage.ts';

/**
 * A display preference remembered in localStorage (column choice, chart grouping). Nothing here is
 * secret; a value that no longer parses falls back to the default instead of breaking the screen.
 */
export function useStoredState<T>(key: string, fallback: T, isValid: (v: unknown) => v is T) {
  const fullKey = `${STORAGE_PREFIX}${key}`;
  const [value, setValue] = useState<T>(() => {
    try {
      const raw = browserStorage('local')?.getItem(fullKey);
      const parsed: unknown = raw ? JSON.parse(raw) : undefined;
      return isValid(parsed) ? parsed : fallback;
    } catch {
      return fallback;
    }
  });
  const set = useCallback(
    (next: T) => {
      setValue(next);
      writeItem(browserStorage('local'), fullKey, JSON.stringify(next));
    },
    [fullKey],
  );
  return [value, set] as const;
}

export const isBooleanRecord = (v: unknown): v is Record<string, boolean> =>
  !!v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'boolean');
