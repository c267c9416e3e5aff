import * as z from 'zod/mini';

/** Turns digits in a path or query string into a number before `schema` sees it (zod's `preprocess`). */
const digitsToNumber = <S extends z.core.$ZodType>(digits: RegExp, schema: S) =>
  z.pipe(
    z.transform((v: unknown) => (typeof v === 'string' && digits.test(v) ? Number(v) : v)),
    schema,
  );

/** A positive integer id, given as a JSON number or (in paths and query strings) as decimal digits. */
export const id = (field: string) =>
  digitsToNumber(
    /^\d{1,15}$/,
    z
      .int({ error: `${field} must be a positive integer` })
      .check(
        z.minimum(1, { error: `${field} must be a positive integer` }),
        z.maximum(Number.MAX_SAFE_INTEGER, { error: `${field} is too large` }),
      ),
  );

/** A non-negative integer given as a number or as digits in a query string. */
export const count = (field: string, min: number, max: number) =>
  digitsToNumber(
    /^-?\d{1,15}$/,
    z
      .int({ error: `${field} must be an integer` })
      .check(
        z.minimum(min, { error: `${field} must be at least ${min}` }),
        z.maximum(max, { error: `${field} must be at most ${max}` }),
      ),
  );

/** The first and last instants whose UTC form has a four-digit year, 0001 to 9999. */
export const EARLIEST_MS = Date.parse('0001-01-01T00:00:00Z');
export const LATEST_MS = Date.parse('9999-12-31T23:59:59.999Z');

/**
 * RFC 3339 date-time with a `Z` or a numeric offset; a bare date is rejected. Only years 0001–9999 once
 * moved to UTC: `9999-12-31T23:59:59-23:59` is in year 10000 there, which has no RFC 3339 form to answer with.
 */
export const dateTime = (field: string) =>
  z.iso
    .datetime({
      offset: true,
      error: `${field} must be an RFC 3339 date-time such as 2026-08-07T09:00:00Z`,
    })
    .check(
      z.refine(
        (v) => {
          const ms = Date.parse(v);
          return ms >= EARLIEST_MS && ms <= LATEST_MS;
        },
        { error: `${field} must lie in the years 0001 to 9999 (in UTC)` },
      ),
    );

/** `true` or `false` in a query string (a JSON boolean is accepted too). */
export const queryBoolean = (field: string) =>
  z.pipe(
    z.transform((v: unknown) => (v === 'true' ? true : v === 'false' ? false : v)),
    z.boolean({ error: `${field} must be true or false` }),
  );

/** A comma-separated list of positive integer ids, e.g. `1,2,3`. */
export const idList = (field: string, max: number) =>
  z.pipe(
    z.pipe(
      z.string({ error: `${field} is required: a comma-separated list of ids` }).check(
        z.regex(/^\d{1,15}(,\d{1,15})*$/, {
          error: `${field} must be a comma-separated list of positive integers`,
        }),
      ),
      z.transform((s: string) => s.split(',').map(Number)),
    ),
    z
      .array(z.int().check(z.minimum(1, { error: `${field} must contain positive integers` })))
      .check(
        z.minLength(1, { error: `${field} must list at least one id` }),
        z.maxLength(max, { error: `${field} may list at most ${max} ids` }),
      ),
  );

export const timeEntryType = z.enum(['activity', 'break'], { error: 'type must be "activity" or "break"' });
export type TimeEntryType = z.infer<typeof timeEntryType>;

/** The error body every non-2xx response carries. */
export const apiErrorBody = z.looseObject({
  error: z.string(),
  error_description: z.string(),
  error_values: z.optional(z.record(z.string(), z.unknown())),
  trace_id: z.optional(z.string()),
});
export type ApiErrorBody = z.infer<typeof apiErrorBody>;

export {
  QUOTA_REMAINING_HEADER,
  QUOTA_RESETS_IN_HEADER,
  BULK_LIMIT,
  MAX_PER_PAGE,
  DEFAULT_PER_PAGE,
} from './constants.ts';

/**
 * Turns a zod error into one sentence per problem, each naming the field (`[3].duration: ...`).
 * Server and dashboard show the same words.
 */
export function describeIssues(error: { readonly issues: readonly z.core.$ZodIssue[] }): string {
  return error.issues
    .map((issue) => {
      const path = issue.path
        .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
        .join('');
      if (issue.code === 'unrecognized_keys') {
        const where = path ? `${path}: ` : '';
        return `${where}unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
      }
      const msg = issue.message;
      if (!path) return msg;
      // Our own messages already start with the field name; zod's defaults do not.
      const last = issue.path[issue.path.length - 1];
      return typeof last === 'string' && msg.startsWith(last)
        ? `${path.slice(0, path.length - last.length)}${msg}`
        : `${path}: ${msg}`;
    })
    .join('; ');
}
