import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiErrorBody,
  organizationUsers,
  type OrganizationUser,
  type TimeEntryWithTask,
} from '../../contract/index.ts';
import { DEMO_ACCOUNTS } from '../demo/accounts.ts';
import { ALL_TIME, apiClient, WS1, type ApiClient, type QueryValues, type Who } from '../test-client.ts';
import { startTestServer, type TestServer } from '../testing.ts';

let server: TestServer;
let api: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  api = apiClient(server.apiUrl);
});
afterAll(() => server.close());

async function users(query: QueryValues = {}, as: Who = 'lead'): Promise<OrganizationUser[]> {
  const res = await api.get('/organizations/1/users', { query, as });
  expect(res.status, res.text).toBe(200);
  return organizationUsers.parse(res.json);
}
const names = (list: readonly OrganizationUser[]) => list.map((u) => u.name);

describe('GET /organizations/{id}/users', () => {
  it('answers everyone of the organization with names, emails and workspaces', async () => {
    const all = await users();
    expect(all).toHaveLength(11);
    const lead = all.find((u) => u.email === DEMO_ACCOUNTS.lead.email);
    expect(lead).toMatchObject({ user_account_id: DEMO_ACCOUNTS.lead.userId, name: DEMO_ACCOUNTS.lead.name });
    expect(lead?.user_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(lead?.workspaces?.map((w) => w.name)).toEqual(['Acme Studio', 'Side Projects']);
    const outsider = all.find((u) => u.email === DEMO_ACCOUNTS.outsider.email);
    expect(outsider?.workspaces?.map(({ id, name }) => ({ id, name }))).toEqual([
      { id: 2, name: 'Side Projects' },
    ]);
    expect(new Set(all.map((u) => u.id)).size).toBe(11);
    expect(names(all)).toEqual([...names(all)].sort((a, b) => a.localeCompare(b)));
  });

  it('says per workspace who has manage_time_entries, and who owns the organization', async () => {
    const byEmail = new Map((await users()).map((u) => [u.email, u]));
    expect(byEmail.get(DEMO_ACCOUNTS.lead.email)?.permissions).toEqual({
      '1': ['track_time', 'manage_time_entries'],
      '2': ['track_time'],
    });
    expect(byEmail.get(DEMO_ACCOUNTS.member.email)?.permissions).toEqual({ '1': ['track_time'] });
    expect(byEmail.get(DEMO_ACCOUNTS.outsider.email)?.permissions).toEqual({ '2': ['track_time'] });
    const owners = [...byEmail.values()].filter((u) => u.owner);
    expect(owners.map((u) => [u.name, u.admin])).toEqual([['Elena Petrova', true]]);
    expect(byEmail.get(DEMO_ACCOUNTS.lead.email)).toMatchObject({ admin: false, owner: false, active: true });
  });

  it("names the person behind every entry's toggl_user_id", async () => {
    const ids = new Set((await users({}, 'member')).map((u) => u.user_account_id));
    const entries = (
      await api.get<TimeEntryWithTask[]>(`${WS1}/time-entries/stream`, {
        query: { ...ALL_TIME, include_taskless: true },
      })
    ).json;
    expect(entries.every((e) => ids.has(e.toggl_user_id))).toBe(true);
  });

  it('filters by workspace, by text in the name or email, by ids and by role', async () => {
    expect(names(await users({ workspaces: 2 }))).toEqual(['Maria Tamm', 'Priya Natarajan']);
    expect(names(await users({ workspaces: '1,2' }))).toHaveLength(11);
    expect(names(await users({ filter: 'maria' }))).toEqual(['Maria Tamm']);
    expect(names(await users({ filter: 'OUTSIDER@' }))).toEqual(['Priya Natarajan']);
    expect(await users({ filter: 'nobody-at-all' })).toEqual([]);
    expect(names(await users({ user_account_ids: '2,3' }))).toEqual(['Jonas Berg', 'Priya Natarajan']);
    expect(names(await users({ org_user_ids: 101 }))).toEqual(['Maria Tamm']);
    expect(names(await users({ only_admins: true }))).toEqual(['Elena Petrova']);
    expect(names(await users({ roles: 3 }))).toEqual(['Maria Tamm']);
    expect(await users({ groups: 1 })).toEqual([]);
    expect(await users({ has_group: true })).toEqual([]);
    expect(await users({ has_group: false })).toHaveLength(11);
    expect(await users({ toggl_products: 'focus', active_status: 'active' })).toHaveLength(11);
    expect(await users({ toggl_products: 'track' })).toEqual([]);
  });

  it('pages, sorts and pins', async () => {
    const all = names(await users());
    const pages = [1, 2, 3].map((page) => users({ page, per_page: 4 }));
    const [first, second, third] = (await Promise.all(pages)).map(names);
    expect(first).toHaveLength(4);
    expect(third).toHaveLength(3);
    expect([...(first ?? []), ...(second ?? []), ...(third ?? [])]).toEqual(all);
    expect(await users({ page: 4, per_page: 4 })).toEqual([]);
    expect(names(await users({ per_page: 2 }))).toEqual(all.slice(0, 2));
    expect(names(await users({ sort_dir: 'desc' }))).toEqual([...all].reverse());
    const pinned = names(await users({ pinned_ids: '3,2' }));
    expect(pinned.slice(0, 2)).toEqual(['Priya Natarajan', 'Jonas Berg']);
    expect(pinned).toHaveLength(11);
  });

  it('includes working hours and custom fields when asked', async () => {
    const [plain] = await users({ filter: 'maria' });
    const [withHours] = await users({ filter: 'maria', include_working_hours: true });
    expect([plain?.working_hours, withHours?.working_hours]).toEqual([0, 8]);
    const [withFields] = await users({ filter: 'maria', workspaces: 1, include_custom_fields: true });
    expect(withFields?.custom_field_values).toEqual([]);
  });

  it.each([
    [{ colour: 'red' }, 'colour'],
    [{ workspaces: 'one' }, 'workspaces'],
    [{ sort_dir: 'sideways' }, 'sort_dir'],
    [{ per_page: 101 }, 'per_page'],
    [{ only_admins: 'yes' }, 'only_admins'],
    [{ include_custom_fields: true }, 'include_custom_fields needs workspaces'],
    [{ cf_filter: '7:x', workspaces: '1,2' }, 'cf_filter needs workspaces'],
  ])('answers 400 naming the parameter for %o', async (query, field) => {
    const res = await api.get('/organizations/1/users', { query });
    expect(res.status).toBe(400);
    expect(apiErrorBody.parse(res.json).error_description).toContain(field);
  });

  it('answers 403 outside the organization', async () => {
    expect((await api.get('/organizations/2/users')).status).toBe(403);
  });
});
