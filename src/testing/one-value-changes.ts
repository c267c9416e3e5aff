// Shared by the tests that hold a quick check to its zod schema: a sample value, and every copy of it with
// one value changed to something wrong, on which the two must agree.

/** Every path to a value in `value` (objects and arrays), e.g. ['data', 0, 'task', 'tags', 0, 'name']. */
export function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [
    prefix,
    ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...prefix, k])),
  ];
}

/** Put in place of a value, it removes the key instead. */
export const DELETE = Symbol('delete');
/** What each value is replaced with in turn: absent, null, and one of each JSON kind. */
export const WRONG_VALUES: unknown[] = [DELETE, null, 'text', 7, 1.5, -(2 ** 60), true, {}, [], 'break'];

/** A deep copy of `value` with the value at `path` replaced by `next` (or removed, for DELETE). */
export function withValue(value: unknown, path: (string | number)[], next: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (next === DELETE) delete at[last];
  else at[last] = next;
  return copy;
}
