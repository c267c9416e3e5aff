import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import { describeIssues, type RouteSpec } from '../../contract/index.ts';

// The contract is written with zod/mini, which carries no messages of its own; the server answers in
// English wherever a schema gives no message.
z.config(z.locales.en());
import { readJsonBody } from './body.ts';
import { validationError } from './errors.ts';
import type { Params } from './router.ts';

export type Where = 'path' | 'query' | 'body';

function issuePath(path: readonly PropertyKey[], where: Where): string {
  if (path.length === 0) return where;
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

/**
 * Parses `value` with a contract schema or throws a 400 whose description names every bad field.
 * `error_values` maps each field (`date_from`, `[3].duration`, `body`) to its message so forms can place them.
 */
export function parseWith<S extends z.core.$ZodType>(schema: S, value: unknown, where: Where): z.output<S> {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const named = result.error.issues.map((issue) =>
    issue.path.length === 0 && !issue.message.startsWith(where) && issue.code !== 'unrecognized_keys'
      ? { ...issue, message: `${where}: ${issue.message}` }
      : issue,
  );
  const error = new z.ZodError(named);
  const values: Record<string, string> = {};
  for (const issue of named) {
    const key = issue.code === 'unrecognized_keys' ? issue.keys.join(',') : issuePath(issue.path, where);
    values[key] ??= issue.message;
  }
  throw validationError(describeIssues(error), values);
}

/** `?a=1&b=2` as an object; a repeated name becomes an array, which the strict schemas then reject by name. */
export function queryObject(search: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of search) {
    const prev = out[key];
    if (prev === undefined) out[key] = value;
    else out[key] = Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/** A request's input as its route's schemas parsed it. */
export interface ParsedInput {
  params: unknown;
  query: unknown;
  body: unknown;
}

/**
 * Validates the path parameters, then the query, then the body against the route's schemas (a 400 naming
 * the first place that is wrong), reading the body only for a route that declares one.
 */
export async function parseRouteInput(
  spec: RouteSpec,
  params: Params,
  search: URLSearchParams,
  req: IncomingMessage,
): Promise<ParsedInput> {
  return {
    params: parseWith(spec.params, params, 'path'),
    query: spec.query ? parseWith(spec.query, queryObject(search), 'query') : undefined,
    body: spec.body ? parseWith(spec.body, await readJsonBody(req), 'body') : undefined,
  };
}
