import type { APIRequestContext } from '@playwright/test';
import { paths } from '../../contract/index.ts';
import {
  DEMO_ORGANIZATION_ID,
  DEMO_WORKSPACE_ID,
  demoAuthorization,
  type DemoAccountName,
} from '../../server/demo/accounts.ts';

const WS_PATH = `/api${paths.workspace({ organizationId: DEMO_ORGANIZATION_ID, workspaceId: DEMO_WORKSPACE_ID })}`;

/** Arranges and checks data through the real API, as another client of it would. */
export function apiAs(request: APIRequestContext, account: DemoAccountName = 'lead') {
  const headers = { Authorization: demoAuthorization(account) };
  return {
    async get<T = unknown>(path: string): Promise<T> {
      for (let attempt = 1; ; attempt++) {
        const res = await request.get(`${WS_PATH}${path}`, { headers });
        // The page under test may hold streams of the same person open; wait as the API asks, as the dashboard does.
        if (res.status() === 429 && attempt < 5) {
          const body = (await res.json().catch(() => null)) as { error_values?: { retry_after?: number } } | null;
          await new Promise((r) => setTimeout(r, 1000 * (body?.error_values?.retry_after ?? 1)));
          continue;
        }
        if (!res.ok()) throw new Error(`GET ${path}: ${res.status()} ${await res.text()}`);
        return (await res.json()) as T;
      }
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
