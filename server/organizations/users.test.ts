import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorBody, organizationUsers, type TimeEntryWithTask } from '../../contract/index.ts';
import { DEMO_ACCOUNTS } from '../demo/accounts.ts';
import { ALL_TIME, apiClient, WS1, type ApiClient } from '../test-client.ts';
import { startTestServer, type TestServer } from '../testing.ts';

let server: TestServer;
let api: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  api = apiClient(server.apiUrl);
});
afterAll(() => server.close());

describe('GET /organizations/{id}/users', () => {
  it('answers everyone of the organization with names, emails and workspaces', async () => {
    const res = await api.get('/organizations/1/users');
    expect(res.status).toBe(200);
    const users = organizationUsers.parse(res.json);
    expect(users).toHaveLength(11);
    const lead = users.find((u) => u.email === DEMO_ACCOUNTS.lead.email);
    expect(lead).toMatchObject({ user_account_id: DEMO_ACCOUNTS.lead.userId, name: DEMO_ACCOUNTS.lead.name });
    expect(lead?.user_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(lead?.workspaces?.map((w) => w.name)).toEqual(['Acme Studio', 'Side Projects']);
    const outsider = users.find((u) => u.email === DEMO_ACCOUNTS.outsider.email);
    expect(outsider?.workspaces).toEqual([{ id: 2, name: 'Side Projects' }]);
    expect(new Set(users.map((u) => u.id)).size).toBe(11);
  });

  it("names the person behind every entry's toggl_user_id", async () => {
    const users = organizationUsers.parse((await api.get('/organizations/1/users', { as: 'member' })).json);
    const ids = new Set(users.map((u) => u.user_account_id));
    const entries = (await api.get<TimeEntryWithTask[]>(`${WS1}/time-entries/stream`, { query: ALL_TIME }))
      .json;
    expect(entries.every((e) => ids.has(e.toggl_user_id))).toBe(true);
  });

  it('answers 403 outside the organization and 400 for a query it does not know', async () => {
    expect((await api.get('/organizations/2/users')).status).toBe(403);
    const res = await api.get('/organizations/1/users', { query: { filter: 'maria' } });
    expect(res.status).toBe(400);
    expect(apiErrorBody.parse(res.json).error_description).toContain('filter');
  });
});
