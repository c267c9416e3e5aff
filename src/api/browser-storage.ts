/** The dashboard's own keys in Web Storage all start with this, so sign-out can find every one. */
export const STORAGE_PREFIX = 'focus.';

/** The theme a person chose in this browser: a setting of the browser, not of the person, so sign-out keeps it. */
export const THEME_KEY = `${STORAGE_PREFIX}theme`;

/** sessionStorage or localStorage, or null where there is none (tests, privacy modes that throw). */
export function browserStorage(kind: 'session' | 'local'): Storage | null {
  try {
    if (typeof window === 'undefined') return null;
    return kind === 'session' ? window.sessionStorage : window.localStorage;
  } catch {
    return null;
  }
}

/** Removes every dashboard key from `storage` except those in `keep`. */
export function removeOwnKeys(storage: Storage | null, keep: readonly string[] = []) {
  if (!storage) return;
  const doomed: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(STORAGE_PREFIX) && !keep.includes(key)) doomed.push(key);
  }
  for (const key of doomed) {
    try {
      storage.removeItem(key);
    } catch {
      // A storage that refuses to remove also refuses to be read back; nothing is left to leak.
    }
  }
}

export function writeItem(storage: Storage | null, key: string, value: string) {
  try {
    storage?.setItem(key, value);
  } catch {
    // Full or disabled storage only costs the convenience of remembering.
  }
}
