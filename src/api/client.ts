import type { z } from 'zod';
import { describeIssues } from '../../contract/index.ts';
import { ApiError, errorFromResponse } from './api-error.ts';
import { authorizationHeader, type Credentials } from './credentials.ts';

export type QueryValue = string | number | boolean | readonly (string | number)[] | null | undefined;
export type Query = Record<string, QueryValue>;

export interface RequestOptions<T> {
  query?: Query;
  body?: unknown;
  /** Schema the JSON response must match; absent for 204 answers. */
  schema?: z.ZodType<T>;
  signal?: AbortSignal;
}

export interface ApiClientOptions {
  /** `/api` in the browser (same origin); an absolute URL in tests. */
  baseUrl: string;
  getCredentials: () => Credentials | null;
  /** Called on every 401; the session layer makes sure sign-out happens once. */
  onUnauthorized?: (error: ApiError) => void;
  fetch?: typeof fetch;
}

/** `?a=1&ids=1,2`: arrays join with commas as the API expects; empty values are left out. */
export function toQueryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const s = params.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

export type ApiClient = ReturnType<typeof createApiClient>;

export function createApiClient(options: ApiClientOptions) {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  async function request<T = void>(method: string, path: string, opts: RequestOptions<T> = {}): Promise<T> {
    const credentials = options.getCredentials();
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (credentials) headers.Authorization = authorizationHeader(credentials);
    if (opts.body !== undefined) headers['Content-Type'] = 'application/json';

    let response: Response;
    try {
      response = await doFetch(`${options.baseUrl}${path}${toQueryString(opts.query)}`, {
        method,
        headers,
        body: opts.body === undefined ? null : JSON.stringify(opts.body),
        signal: opts.signal ?? null,
        credentials: 'omit',
        cache: 'no-store',
        redirect: 'error',
      });
    } catch (cause) {
      if (opts.signal?.aborted)
        throw new ApiError({ kind: 'aborted', description: 'The request was cancelled.' });
      throw new ApiError({
        kind: 'network',
        description: `Could not reach the server (${cause instanceof Error ? cause.message : 'network error'}).`,
      });
    }

    if (!response.ok) {
      const error = await errorFromResponse(response);
      if (response.status === 401) options.onUnauthorized?.(error);
      throw error;
    }
    if (!opts.schema) return undefined as T;

    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw new ApiError({
        kind: 'unexpected',
        status: response.status,
        description: 'Unexpected response from the server: the body is not JSON.',
      });
    }
    const parsed = opts.schema.safeParse(json);
    if (!parsed.success) {
      throw new ApiError({
        kind: 'unexpected',
        status: response.status,
        description: `Unexpected response from the server: ${describeIssues(parsed.error)}`,
      });
    }
    return parsed.data;
  }

  return { request };
}
