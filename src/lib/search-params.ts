/**
 * A view's state in the URL, field by field. Each field reads its text (undefined when the URL has none)
 * into a value, falling back when the text does not parse, so a hand-edited link falls back rather than
 * breaks. Plain functions rather than schemas: the views read their URLs before anything else on the
 * first screen, which then needs no validation library.
 */
export type UrlField<T> = (text: string | undefined) => T;
export type UrlFields = Record<string, UrlField<unknown>>;
export type UrlState<F extends UrlFields> = { [K in keyof F]: ReturnType<F[K]> };

/** A text read as a value, or undefined when it does not parse. */
type Read<T> = (text: string) => T | undefined;

/** A field left out when absent or malformed. */
export const optional =
  <T>(read: Read<T>): UrlField<T | undefined> =>
  (text) =>
    text === undefined ? undefined : read(text);

/** A field with a fallback: `fallback` when the URL has none, or one that does not parse. */
export const orElse =
  <T>(read: Read<T>, fallback: T): UrlField<T> =>
  (text) =>
    (text === undefined ? undefined : read(text)) ?? fallback;

/** One of `values`, exactly as written. */
export const oneOf =
  <const T extends string>(values: readonly T[]): Read<T> =>
  (text) =>
    (values as readonly string[]).includes(text) ? (text as T) : undefined;

/** A number as `Number()` reads it (`1e1` is 10), finite and within [min, max]; `whole` asks for an integer. */
export const numberIn =
  (min: number, max: number, { whole = false, above = false } = {}): Read<number> =>
  (text) => {
    const n = Number(text);
    if (!Number.isFinite(n) || (whole && !Number.isInteger(n))) return undefined;
    return (above ? n > min : n >= min) && n <= max ? n : undefined;
  };

/** An id: a whole number above zero. */
export const urlId = optional(numberIn(1, Number.MAX_SAFE_INTEGER, { whole: true }));

/** A calendar day in a URL (`2026-11-30`), left out when absent or malformed. */
export const urlDay = optional((text) => (/^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined));

/** A view's state read from URL search parameters (a key given twice counts with its last value). */
export function parseSearch<F extends UrlFields>(fields: F, search: URLSearchParams): UrlState<F> {
  const texts = new Map<string, string>();
  search.forEach((v, k) => texts.set(k, v));
  const state: Record<string, unknown> = {};
  for (const [key, read] of Object.entries(fields)) state[key] = read(texts.get(key));
  return state as UrlState<F>;
}

/** The search string for `state`; values equal to the fields' defaults are left out to keep links short. */
export function toSearch<F extends UrlFields>(fields: F, state: Record<string, unknown>): string {
  const defaults: Record<string, unknown> = parseSearch(fields, new URLSearchParams());
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(state)) {
    if (v === undefined || v === null || v === '') continue;
    const text = Array.isArray(v) ? v.join(',') : String(v);
    const def = defaults[k];
    if (def !== undefined && (Array.isArray(def) ? def.join(',') : String(def)) === text) continue;
    params.set(k, text);
  }
  const s = params.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}
