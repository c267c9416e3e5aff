import type { ZodMiniType } from 'zod/mini';
import { ApiError, errorFromResponse } from './api-error.ts';
import { authorizationHeader, type Credentials } from './credentials.ts';
import { API_REQUEST_INIT } from './request-init.ts';

export type QueryValue = string | number | boolean | readonly (string | number)[] | null | undefined;
export type Query = Record<string, QueryValue>;

/**
 * What a JSON answer must be, with the contract's schema fetched only when needed: `fits`, a quick check
 * of the same fields, accepts the answers a screen waits for without loading zod; what it refuses, and
 * every answer of a shape without one, goes to the schema (response-shapes.ts has the dashboard's).
 */
export interface ResponseShape<T> {
  fits?: (json: unknown) => boolean;
  schema: () => Promise<ZodMiniType<T>>;
}

export interface RequestOptions<T> {
  query?: Query | undefined;
  body?: unknown;
  /** What the JSON response must be, as a schema or a shape; neither for 204 answers. */
  schema?: ZodMiniType<T> | ResponseShape<T>;
  signal?: AbortSignal | undefined;
}

const isShape = <T>(s: ZodMiniType<T> | ResponseShape<T>): s is ResponseShape<T> => !('safeParse' in s);

export interface ApiClientOptions {
  /** `/api` in the browser (same origin); an absolute URL in tests. */
  baseUrl: string;
  getCredentials: () => Credentials | null;
  /**
   * Called on every 401 with the credentials that request carried, so the session layer can ignore a
   * late 401 from credentials it no longer holds and sign out only once.
   */
  onUnauthorized?: (error: ApiError, sentWith: Credentials | null) => void;
  fetch?: typeof fetch;
}

/** `?a=1&ids=1,2`: arrays join with commas as the API expects; empty values are left out. */
export function toQueryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const s = params.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

const isTimeout = (signal: AbortSignal | undefined) =>
  signal?.reason instanceof DOMException && signal.reason.name === 'TimeoutError';

/** What a failed fetch or body read means: cancelled by the caller, timed out, or no connection. */
export function requestFailure(signal: AbortSignal | undefined, cause: unknown): ApiError {
  if (isTimeout(signal)) {
    return new ApiError({ kind: 'network', description: 'The server did not answer in time.' });
  }
  if (signal?.aborted) return new ApiError({ kind: 'aborted', description: 'Stopped before it finished.' });
  const detail = cause instanceof Error && cause.message ? ` (${cause.message})` : '';
  return new ApiError({ kind: 'network', description: `Could not reach the server${detail}.` });
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** What every request carries: JSON accepted, and the credentials, in the Authorization header only. */
function headersFor(credentials: Credentials | null): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (credentials) headers.Authorization = authorizationHeader(credentials);
  return headers;
}

/**
 * The one way the dashboard talks to the API: JSON in and out, the auth header, every answer parsed
 * with its contract schema, every failure an ApiError. It shows nothing itself.
 */
export function createApiClient(options: ApiClientOptions) {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  /** Sends a request and answers with the response when it is a success; every failure is an ApiError. */
  async function send(method: string, path: string, opts: RequestOptions<unknown>): Promise<Response> {
    const credentials = options.getCredentials();
    const headers = headersFor(credentials);
    if (opts.body !== undefined) headers['Content-Type'] = 'application/json';

    let response: Response;
    try {
      response = await doFetch(`${options.baseUrl}${path}${toQueryString(opts.query)}`, {
        method,
        headers,
        body: opts.body === undefined ? null : JSON.stringify(opts.body),
        signal: opts.signal ?? null,
        ...API_REQUEST_INIT,
      });
    } catch (cause) {
      throw requestFailure(opts.signal, cause);
    }

    if (!response.ok) {
      const error = await errorFromResponse(response);
      if (response.status === 401) options.onUnauthorized?.(error, credentials);
      throw error;
    }
    return response;
  }

  /**
   * A GET whose body a worker reads as it arrives (the whole-range stream), for the worker to send
   * itself: its body then never crosses the page's main thread. With it, what turns an answer other
   * than a success into the ApiError `request` would throw, a 401 reported as for any request.
   */
  function streamRequest(path: string, query?: Query) {
    const credentials = options.getCredentials();
    const headers = headersFor(credentials);
    // A worker resolves a relative URL against its own script's, so it gets an absolute one.
    const url = new URL(`${options.baseUrl}${path}${toQueryString(query)}`, globalThis.location?.href).href;
    return {
      request: { url, headers },
      failedAnswer: async (response: Response) => {
        const error = await errorFromResponse(response);
        if (response.status === 401) options.onUnauthorized?.(error, credentials);
        return error;
      },
    };
  }

  async function request<T = void>(method: string, path: string, opts: RequestOptions<T> = {}): Promise<T> {
    const response = await send(method, path, opts);
    if (!opts.schema) {
      // Nothing to read, but a body left unread would keep the connection busy.
      await response.body?.cancel().catch(() => undefined);
      return undefined as T;
    }

    let json: unknown;
    try {
      json = await response.json();
    } catch (cause) {
      if (opts.signal?.aborted) throw requestFailure(opts.signal, cause);
      throw new ApiError({
        kind: 'unexpected',
        status: response.status,
        description: 'Unexpected response from the server: the body is not JSON.',
      });
    }
    if (isShape(opts.schema) && opts.schema.fits?.(json)) return json as T;
    let schema: ZodMiniType<T>;
    try {
      schema = isShape(opts.schema) ? await opts.schema.schema() : opts.schema;
    } catch (cause) {
      throw requestFailure(opts.signal, cause);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issues = await import('./contract-schemas.ts').then(
        (m) => m.describeIssues(parsed.error),
        () => 'it does not match the API contract.',
      );
      throw new ApiError({
        kind: 'unexpected',
        status: response.status,
        description: `Unexpected response from the server: ${issues}`,
      });
    }
    return parsed.data;
  }

  return { request, streamRequest };
}
