import { demoAuthorization, type DemoAccountName } from './demo/accounts.ts';

/** Who makes a request in tests: a demo account, or nobody. */
export type Who = DemoAccountName | 'anonymous';

export interface Answer<T = unknown> {
  status: number;
  headers: Headers;
  /** Parsed JSON, or undefined for an empty or non-JSON body. */
  json: T;
  text: string;
}

export type QueryValues = Record<string, string | number | boolean | undefined>;

export interface CallOptions {
  as?: Who;
  query?: QueryValues;
  body?: unknown;
  /** Sent as is instead of JSON.stringify(body). */
  rawBody?: string;
  headers?: Record<string, string>;
}

export function authHeader(who: Who): Record<string, string> {
  return who === 'anonymous' ? {} : { Authorization: demoAuthorization(who) };
}

export const WS1 = '/organizations/1/workspaces/1';
export const WS2 = '/organizations/1/workspaces/2';
export const ALL_TIME = { date_from: '2000-01-01T00:00:00Z', date_to: '2100-01-01T00:00:00Z' } as const;

/** A small fetch wrapper for route tests: real HTTP against a real server, answers kept whole. */
export function apiClient(apiUrl: string) {
  async function call<T = unknown>(
    method: string,
    path: string,
    options: CallOptions = {},
  ): Promise<Answer<T>> {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(options.query ?? {})) if (v !== undefined) search.set(k, String(v));
    const qs = search.toString().replace(/%2C/g, ',');
    const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    const res = await fetch(`${apiUrl}${path}${qs ? `?${qs}` : ''}`, {
      method,
      headers: {
        ...authHeader(options.as ?? 'lead'),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...options.headers,
      },
      body,
    });
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, json: json as T, text };
  }
  return {
    call,
    get: <T = unknown>(path: string, options?: CallOptions) => call<T>('GET', path, options),
    post: <T = unknown>(path: string, options?: CallOptions) => call<T>('POST', path, options),
    put: <T = unknown>(path: string, options?: CallOptions) => call<T>('PUT', path, options),
    patch: <T = unknown>(path: string, options?: CallOptions) => call<T>('PATCH', path, options),
    delete: <T = unknown>(path: string, options?: CallOptions) => call<T>('DELETE', path, options),
  };
}

export type ApiClient = ReturnType<typeof apiClient>;
