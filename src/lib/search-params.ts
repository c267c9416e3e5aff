import * as z from 'zod/mini';

/** A URL field with a fallback: `fallback` when the URL has none, or one that does not parse. */
export const orElse = <S extends z.ZodMiniType>(schema: S, fallback: z.output<S>) =>
  z.catch(z._default(schema, fallback as never), fallback as never);

/** A calendar day in a URL (`2026-11-30`), left out when absent or malformed. */
export const urlDay = z.catch(z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))), undefined);

/**
 * A view's state read from URL search parameters with `schema` (whose fields should all have defaults or be
 * optional, so a hand-edited link falls back rather than breaks).
 */
export function parseSearch<S extends z.ZodMiniType<Record<string, unknown>>>(
  schema: S,
  search: URLSearchParams,
): z.output<S> {
  const obj: Record<string, string> = {};
  search.forEach((v, k) => {
    obj[k] = v;
  });
  const result = schema.safeParse(obj);
  if (result.success) return result.data;
  // Drop only the fields that failed, keep the rest of a partly damaged link.
  const bad = new Set(result.error.issues.map((i) => String(i.path[0])));
  for (const k of bad) delete obj[k];
  const retry = schema.safeParse(obj);
  return retry.success ? retry.data : schema.parse({});
}

/** The search string for `state`; values equal to the schema's defaults are left out to keep links short. */
export function toSearch<S extends z.ZodMiniType<Record<string, unknown>>>(
  schema: S,
  state: Record<string, unknown>,
): string {
  const defaults = schema.safeParse({});
  const defaultValues: Record<string, unknown> = defaults.success ? defaults.data : {};
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(state)) {
    if (v === undefined || v === null || v === '') continue;
    const text = Array.isArray(v) ? v.join(',') : String(v);
    const def = defaultValues[k];
    if (def !== undefined && (Array.isArray(def) ? def.join(',') : String(def)) === text) continue;
    params.set(k, text);
  }
  const s = params.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}
