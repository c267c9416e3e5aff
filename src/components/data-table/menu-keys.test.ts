// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { menuKey } from './menu-keys.ts';

const menu = (...names: string[]) =>
  names.map((n) => {
    const el = document.createElement('button');
    el.textContent = n;
    return el;
  });

describe('menuKey', () => {
  const items = menu('Edit', 'Duplicate', 'Archive', 'Delete');
  const [edit, duplicate, archive, del] = items;

  it('moves with the arrows and wraps at both ends', () => {
    expect(menuKey('ArrowDown', items, edit ?? null)).toBe(duplicate);
    expect(menuKey('ArrowDown', items, del ?? null)).toBe(edit);
    expect(menuKey('ArrowUp', items, edit ?? null)).toBe(del);
    expect(menuKey('Home', items, archive ?? null)).toBe(edit);
    expect(menuKey('End', items, edit ?? null)).toBe(del);
  });

  it('type-ahead: a letter goes to the next item starting with it, again to the one after', async () => {
    await new Promise((r) => setTimeout(r, 600));
    expect(menuKey('d', items, edit ?? null)).toBe(duplicate);
    expect(menuKey('d', items, duplicate ?? null)).toBe(del);
    await new Promise((r) => setTimeout(r, 600));
    expect(menuKey('A', items, del ?? null)).toBe(archive);
  });

  it('letters typed quickly add up to a prefix', async () => {
    await new Promise((r) => setTimeout(r, 600));
    expect(menuKey('d', items, edit ?? null)).toBe(duplicate);
    expect(menuKey('e', items, duplicate ?? null)).toBe(del);
  });

  it('a prefix that matches nothing starts again from its last letter', async () => {
    await new Promise((r) => setTimeout(r, 600));
    expect(menuKey('a', items, edit ?? null)).toBe(archive);
    expect(menuKey('d', items, archive ?? null)).toBe(del);
  });

  it('leaves other keys alone', () => {
    expect(menuKey(' ', items, edit ?? null)).toBeNull();
    expect(menuKey('Enter', items, edit ?? null)).toBeNull();
    expect(menuKey('x', items, edit ?? null)).toBeNull();
  });
});
