// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdentityListStore, type IdentityListStore } from './identity-list-store.ts';

const PREFIX = 'focus.test-list.';
const isText = (v: unknown): v is string => typeof v === 'string';
/** `n` items, newest first. */
const newest = (n: number) => Array.from({ length: n }, (_, i) => `item ${i}`);

describe('identity-list-store', () => {
  let store: IdentityListStore<string>;
  /** How many items a write may hold before localStorage refuses it, as a full quota would. */
  let room = Infinity;

  beforeEach(() => {
    localStorage.clear();
    room = Infinity;
    store = createIdentityListStore({ prefix: PREFIX, cap: 5, isItem: isText });
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key, value) {
      if (room < Infinity && (JSON.parse(value) as unknown[]).length > room)
        throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('keeps each identity under its own key', () => {
    store.write('me', ['a', 'b']);
    store.write('you', ['c']);
    expect(store.list('me')).toEqual(['a', 'b']);
    expect(store.list('you')).toEqual(['c']);
    expect(localStorage.getItem(`${PREFIX}me`)).toBe('["a","b"]');
    store.write('me', []);
    expect(localStorage.getItem(`${PREFIX}me`)).toBeNull();
    expect(store.list('me')).toEqual([]);
    expect(store.list('you')).toEqual(['c']);
  });

  it('keeps only the first `cap` items, the newest', () => {
    store.write('me', newest(8));
    expect(store.list('me')).toEqual(newest(5));
    expect(JSON.parse(localStorage.getItem(`${PREFIX}me`) ?? '')).toEqual(newest(5));
  });

  it('returns the same array until the stored text changes', () => {
    expect(store.list('me')).toBe(store.list('me'));
    store.write('me', ['a']);
    const first = store.list('me');
    expect(store.list('me')).toBe(first);
    localStorage.setItem(`${PREFIX}me`, '["a","b"]');
    const second = store.list('me');
    expect(second).not.toBe(first);
    expect(second).toEqual(['a', 'b']);
    expect(store.list('me')).toBe(second);
  });

  it('skips damaged storage and items that fail the check', () => {
    localStorage.setItem(`${PREFIX}me`, '{not json');
    expect(store.list('me')).toEqual([]);
    localStorage.setItem(`${PREFIX}me`, '{"a":1}');
    expect(store.list('me')).toEqual([]);
    localStorage.setItem(`${PREFIX}me`, '["a",1,null,{"b":2},"c"]');
    expect(store.list('me')).toEqual(['a', 'c']);
  });

  it('on a full quota writes the newest half once, and leaves storage alone if that fails too', () => {
    const listener = vi.fn();
    store.subscribe(listener);
    room = 2;
    store.write('me', newest(4));
    expect(store.list('me')).toEqual(newest(2));
    expect(listener).toHaveBeenCalledTimes(1);
    store.write('me', ['new', ...newest(4)]);
    expect(store.list('me')).toEqual(newest(2));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('with halveUntilFits keeps halving, and clears the key when nothing fits', () => {
    const halving = createIdentityListStore({ prefix: PREFIX, cap: 8, isItem: isText, halveUntilFits: true });
    const listener = vi.fn();
    halving.subscribe(listener);
    room = 2;
    halving.write('me', newest(8));
    expect(halving.list('me')).toEqual(newest(2));
    room = 0;
    halving.write('me', newest(3));
    expect(localStorage.getItem(`${PREFIX}me`)).toBeNull();
    expect(halving.list('me')).toEqual([]);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it("tells this store's subscribers of each write in this tab until they stop", () => {
    const listener = vi.fn();
    const stop = store.subscribe(listener);
    store.write('me', ['a']);
    store.write('you', ['b']);
    createIdentityListStore({ prefix: 'focus.other.', cap: 5, isItem: isText }).write('me', ['c']);
    expect(listener).toHaveBeenCalledTimes(2);
    stop();
    store.write('me', ['d']);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('hears changes another tab makes under its prefix', () => {
    const listener = vi.fn();
    const stop = store.subscribe(listener);
    window.dispatchEvent(new StorageEvent('storage', { key: `${PREFIX}me` }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'focus.other.me' }));
    expect(listener).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    expect(listener).toHaveBeenCalledTimes(2);
    stop();
    window.dispatchEvent(new StorageEvent('storage', { key: `${PREFIX}me` }));
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('useList re-renders on each write and is empty without an identity', () => {
    const { result, rerender } = renderHook(({ identity }) => store.useList(identity), {
      initialProps: { identity: 'me' as string | null },
    });
    expect(result.current).toEqual([]);
    act(() => store.write('me', ['a']));
    expect(result.current).toEqual(['a']);
    rerender({ identity: null });
    expect(result.current).toEqual([]);
  });
});
