import { randomBytes } from 'node:crypto';

/** An answer other than success, thrown by handlers and turned into the API's error body. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly values: Record<string, unknown> | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    status: number,
    code: string,
    description: string,
    values?: Record<string, unknown>,
    headers?: Record<string, string>,
  ) {
    super(description);
    this.status = status;
    this.code = code;
    this.values = values;
    this.headers = headers;
  }
}

export const validationError = (description: string, values?: Record<string, unknown>) =>
  new ApiError(400, 'validation', description, values);

export const unauthorized = (description: string) => new ApiError(401, 'invalid_session', description);

export const forbidden = (description: string, values?: Record<string, unknown>) =>
  new ApiError(403, 'forbidden', description, values);

export const notFound = (description: string, values?: Record<string, unknown>) =>
  new ApiError(404, 'not_found', description, values);

/** 429 with `Retry-After` in whole seconds, also given in `error_values.retry_after` for clients that cannot read headers. */
export function tooManyRequests(description: string, retryAfterMs: number): ApiError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new ApiError(
    429,
    'too_many_requests',
    description.replace('{seconds}', String(seconds)),
    { retry_after: seconds },
    { 'Retry-After': String(seconds) },
  );
}

const tracePrefix = randomBytes(6).toString('hex');
let traceCounter = 0;

/** Unique per request without paying for randomness on every one. */
export function newTraceId(): string {
  traceCounter = (traceCounter + 1) % 0x1000000;
  return `${tracePrefix}${traceCounter.toString(16).padStart(6, '0')}`;
}
