let typed = '';
let typedAt = 0;

/**
 * The menu pattern's keys: ↓/↑ move and wrap, Home/End go to the ends, and typing letters moves to the
 * next item whose text starts with them (letters typed within half a second add up). Returns the item to
 * focus, or null when the key is not a menu key.
 */
export function menuKey(
  key: string,
  items: readonly HTMLElement[],
  active: Element | null,
): HTMLElement | null {
  if (items.length === 0) return null;
  const at = items.indexOf(active as HTMLElement);
  const wrap = (i: number) => items[(i + items.length) % items.length] ?? null;
  if (key === 'ArrowDown') return wrap(at + 1);
  if (key === 'ArrowUp') return wrap(at < 0 ? -1 : at - 1);
  if (key === 'Home') return items[0] ?? null;
  if (key === 'End') return items.at(-1) ?? null;
  if (key.length !== 1 || key === ' ') return null;
  const now = Date.now();
  typed = now - typedAt < 500 ? typed + key.toLowerCase() : key.toLowerCase();
  typedAt = now;
  // A repeated first letter cycles through the items starting with it.
  const search = typed.length > 1 && [...typed].every((c) => c === typed[0]) ? (typed[0] ?? '') : typed;
  const from = search === typed && typed.length > 1 ? at : at + 1;
  const find = (prefix: string, start: number) => {
    for (let i = 0; i < items.length; i++) {
      const item = wrap(start + i);
      if (item?.textContent?.trim().toLowerCase().startsWith(prefix)) return item;
    }
    return null;
  };
  const found = find(search, from);
  if (found || typed.length === 1) return found;
  // Letters that add up to nothing: the newest one on its own starts a new search.
  typed = key.toLowerCase();
  return find(typed, at + 1);
}
