import type { ApiErrorBody } from '../../contract/index.ts';
import { QUOTA_REMAINING_HEADER, QUOTA_RESETS_IN_HEADER } from '../../contract/constants.ts';

export type ApiErrorKind = 'http' | 'network' | 'unexpected' | 'aborted';

export interface QuotaInfo {
  remaining: number | null;
  /** Seconds until the hourly quota resets. */
  resetsIn: number | null;
  /** When it resets on this browser's clock (ms since the epoch), fixed when the answer arrived. */
  resetsAt: number | null;
}

/** The one error type the API layer throws: what the server said, or why nothing usable came back. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number;
  /** The API's short `error` code (`validation`, `invalid_session`, …). */
  readonly code: string;
  readonly description: string;
  readonly traceId: string | undefined;
  readonly values: Record<string, unknown> | undefined;
  readonly quota: QuotaInfo | undefined;
  /** When the server said to try again (its `Retry-After`), on this browser's clock; null when it did not. */
  readonly retryAt: number | null;

  constructor(init: {
    kind: ApiErrorKind;
    status?: number;
    code?: string;
    description: string;
    traceId?: string;
    values?: Record<string, unknown>;
    quota?: QuotaInfo;
    retryAt?: number | null;
  }) {
    super(init.description);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status ?? 0;
    this.code = init.code ?? init.kind;
    this.description = init.description;
    this.traceId = init.traceId;
    this.values = init.values;
    this.quota = init.quota;
    this.retryAt = init.retryAt ?? null;
  }

  /** Worth trying again by itself: the network dropped or the server failed. Never a 4xx. */
  get isTransient(): boolean {
    return this.kind === 'network' || (this.kind === 'http' && this.status >= 500);
  }

  /** The hourly request quota is used up: waiting is the only fix, retrying only makes it worse. */
  get isQuotaExceeded(): boolean {
    return this.kind === 'http' && this.status === 402;
  }

  /** Ids the API named as the cause (bulk requests answer `error_values: { ids: [...] }`). */
  get ids(): number[] {
    const ids = this.values?.ids;
    return Array.isArray(ids) ? ids.filter((v): v is number => typeof v === 'number') : [];
  }
}

function readQuota(headers: Headers): QuotaInfo | undefined {
  const remaining = headers.get(QUOTA_REMAINING_HEADER);
  const resetsIn = headers.get(QUOTA_RESETS_IN_HEADER);
  if (remaining === null && resetsIn === null) return undefined;
  const num = (v: string | null) =>
    v === null || v.trim() === '' || !Number.isFinite(Number(v)) ? null : Number(v);
  const seconds = num(resetsIn);
  return {
    remaining: num(remaining),
    resetsIn: seconds,
    resetsAt: seconds === null ? null : Date.now() + seconds * 1000,
  };
}

/** `Retry-After` as a time on this clock: seconds from now, or an HTTP date. */
export function readRetryAt(headers: Headers, now = Date.now()): number | null {
  const value = headers.get('Retry-After')?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return now + Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : at;
}

const FALLBACK: Record<number, string> = {
  400: 'What was sent was not valid.',
  401: 'Your sign-in is not valid.',
  402: 'Focus’s hourly limit is used up.',
  403: 'You do not have permission to do that.',
  404: 'That does not exist (any more).',
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The contract's `apiErrorBody`, checked by hand so that reading a refusal needs no zod (an error can be
 * the first answer a screen gets); api-error.test.ts holds it to the schema.
 */
export function isApiErrorBody(body: unknown): body is ApiErrorBody {
  return (
    isObject(body) &&
    typeof body.error === 'string' &&
    typeof body.error_description === 'string' &&
    (body.error_values === undefined || isObject(body.error_values)) &&
    (body.trace_id === undefined || typeof body.trace_id === 'string')
  );
}

/** Builds an ApiError from a non-2xx response, reading the API's error body when there is one. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const quota = readQuota(response.headers);
  const retryAt = readRetryAt(response.headers);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (isApiErrorBody(body)) {
    return new ApiError({
      kind: 'http',
      status: response.status,
      code: body.error,
      description: body.error_description,
      ...(body.trace_id ? { traceId: body.trace_id } : {}),
      ...(body.error_values ? { values: body.error_values } : {}),
      ...(quota ? { quota } : {}),
      retryAt,
    });
  }
  return new ApiError({
    kind: 'http',
    status: response.status,
    description:
      FALLBACK[response.status] ?? `The server answered ${response.status} ${response.statusText}.`.trim(),
    ...(quota ? { quota } : {}),
    retryAt,
  });
}

/** Words for why a write failed: the API's own description, or why the request was never answered. */
export function describeFailure(error: unknown): string {
  if (error instanceof ApiError) return error.description;
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/** The ids an API refusal named as its cause (none for any other failure). */
export const namedIds = (error: unknown): number[] => (error instanceof ApiError ? error.ids : []);

/**
 * Whether sending the same thing again can succeed: after a dropped connection, a server failure, a new
 * sign-in or a quota reset, yes; after a refusal (403), a missing entry or invalid values, never by itself.
 */
export function worthRetrying(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  if (error.kind === 'aborted') return true;
  return error.kind !== 'http' || error.status >= 500 || error.status === 401 || error.status === 402;
}
