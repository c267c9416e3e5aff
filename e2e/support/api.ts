import type { APIRequestContext } from '@playwright/test';
import { WS_PATH, basicAuth, type AccountName } from './accounts.ts';

/** Arranges and checks data through the real API, as another client of it would. */
export function apiAs(request: APIRequestContext, account: AccountName = 'lead') {
  const headers = { Authorization: basicAuth(account) };
  return {
    async get<T = unknown>(path: string): Promise<T> {
      const res = await request.get(`${WS_PATH}${path}`, { headers });
      if (!res.ok()) throw new Error(`GET ${path}: ${res.status()} ${await res.text()}`);
      return (await res.json()) as T;
    },
    async send(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, data?: unknown) {
      const res = await request.fetch(`${WS_PATH}${path}`, {
        method,
        headers,
        ...(data === undefined ? {} : { data }),
      });
      return {
        status: res.status(),
        body: res.status() === 204 ? null : ((await res.json().catch(() => null)) as unknown),
      };
    },
    raw: (path: string) => request.get(path, { headers }),
  };
}
