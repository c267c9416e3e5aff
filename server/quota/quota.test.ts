import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUOTA_REMAINING_HEADER, QUOTA_RESETS_IN_HEADER, apiErrorBody } from '../../contract/index.ts';
import { apiClient, type ApiClient } from '../test-client.ts';
import { startTestServer, type TestServer } from '../testing.ts';
import { createQuota } from './quota.ts';

let server: TestServer;
let api: ApiClient;

beforeAll(async () => {
  server = await startTestServer({ quotaPerHour: 3 });
  api = apiClient(server.apiUrl);
});
afterAll(() => server.close());

const USERS = '/organizations/1/users';

describe('quota emulation', () => {
  it('counts down per user and answers 402 with the quota headers once used up', async () => {
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await api.get(USERS, { as: 'lead' });
      expect(res.status).toBe(200);
      remaining.push(res.headers.get(QUOTA_REMAINING_HEADER));
      const resetsIn = Number(res.headers.get(QUOTA_RESETS_IN_HEADER));
      expect(resetsIn).toBeGreaterThan(3500);
      expect(resetsIn).toBeLessThanOrEqual(3600);
    }
    expect(remaining).toEqual(['2', '1', '0']);

    const over = await api.get(USERS, { as: 'lead' });
    expect(over.status).toBe(402);
    expect(over.headers.get(QUOTA_REMAINING_HEADER)).toBe('0');
    expect(Number(over.headers.get(QUOTA_RESETS_IN_HEADER))).toBeGreaterThan(0);
    const body = apiErrorBody.parse(over.json);
    expect(body.error).toBe('quota_exceeded');
    expect(body.error_description).toMatch(/resets in about \d+ minutes?/);

    const member = await api.get(USERS, { as: 'member' });
    expect(member.status).toBe(200);
    expect(member.headers.get(QUOTA_REMAINING_HEADER)).toBe('2');
  });

  it('leaves unauthenticated requests to the 401', async () => {
    const res = await api.get(USERS, { as: 'anonymous' });
    expect(res.status).toBe(401);
    expect(res.headers.get(QUOTA_REMAINING_HEADER)).toBeNull();
  });
});

describe('createQuota', () => {
  it('frees one request an hour after it was made, not all at once', () => {
    let now = 0;
    const take = createQuota(2, () => now);
    expect(take(1).exceeded).toBeUndefined();
    now = 10 * 60_000;
    expect(take(1).exceeded).toBeUndefined();
    now = 20 * 60_000;
    const blocked = take(1);
    expect(blocked.exceeded?.status).toBe(402);
    expect(blocked.headers[QUOTA_RESETS_IN_HEADER]).toBe(String(40 * 60));
    now = 60 * 60_000;
    const freed = take(1);
    expect(freed.exceeded).toBeUndefined();
    expect(freed.headers[QUOTA_REMAINING_HEADER]).toBe('0');
    expect(take(1).exceeded).toBeDefined();
  });
});
