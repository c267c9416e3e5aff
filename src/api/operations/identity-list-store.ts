import { useSyncExternalStore } from 'react';
import { browserStorage } from '../browser-storage.ts';

export interface IdentityListOptions<T> {
  /** localStorage key prefix; the identity follows it. */
  prefix: string;
  /** Items kept per identity. Lists are written newest first, so the oldest drop off. */
  cap: number;
  /** Stored items that fail this are skipped, so damaged or outdated storage never reaches the screen. */
  isItem: (value: unknown) => value is T;
  /**
   * On a full quota the newest half is tried once. With this set, the list keeps halving instead, and the
   * key is cleared when not even one item fits.
   */
  halveUntilFits?: boolean;
}

export interface IdentityListStore<T> {
  /** The identity's items as stored; the same array until its storage changes. */
  list(identity: string): T[];
  /** Replaces the identity's items (an empty list removes the key) and tells this tab's subscribers. */
  write(identity: string, items: readonly T[]): void;
  /** Called on every write in this tab and on every change another tab makes under the prefix. */
  subscribe(listener: () => void): () => void;
  useList(identity: string | null): T[];
}

/** A capped list per person and workspace in localStorage, readable through useSyncExternalStore. */
export function createIdentityListStore<T>({
  prefix,
  cap,
  isItem,
  halveUntilFits = false,
}: IdentityListOptions<T>): IdentityListStore<T> {
  const keyOf = (identity: string) => `${prefix}${identity}`;
  const listeners = new Set<() => void>();
  // The last parse per identity, so useSyncExternalStore sees a stable array between changes.
  const cache = new Map<string, { raw: string | null; items: T[] }>();
  const EMPTY: T[] = [];

  function list(identity: string): T[] {
    const raw = browserStorage('local')?.getItem(keyOf(identity)) ?? null;
    const hit = cache.get(identity);
    if (hit && hit.raw === raw) return hit.items;
    let items = EMPTY;
    if (raw) {
      try {
        const parsed: unknown = JSON.parse(raw);
        items = Array.isArray(parsed) ? parsed.filter(isItem) : EMPTY;
      } catch {
        items = EMPTY;
      }
    }
    cache.set(identity, { raw, items });
    return items;
  }

  function save(storage: Storage, key: string, items: readonly T[]): boolean {
    try {
      if (items.length === 0) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify(items));
      return true;
    } catch {
      return false;
    }
  }

  function write(identity: string, items: readonly T[]) {
    const storage = browserStorage('local');
    if (!storage) return;
    const key = keyOf(identity);
    let keep = items.slice(0, cap);
    let saved = save(storage, key, keep);
    // A full quota costs the oldest items rather than the newest one.
    if (!saved && !halveUntilFits) saved = save(storage, key, keep.slice(0, Math.ceil(keep.length / 2)));
    while (!saved && halveUntilFits && keep.length > 0) {
      keep = keep.slice(0, Math.floor(keep.length / 2));
      saved = save(storage, key, keep);
    }
    if (saved) listeners.forEach((l) => l());
  }

  function subscribe(listener: () => void) {
    listeners.add(listener);
    const onStorage = (e: StorageEvent) => {
      if (e.key === null || e.key.startsWith(prefix)) listener();
    };
    if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(listener);
      if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
    };
  }

  function useList(identity: string | null): T[] {
    return useSyncExternalStore(
      subscribe,
      () => (identity ? list(identity) : EMPTY),
      () => EMPTY,
    );
  }

  return { list, write, subscribe, useList };
}
