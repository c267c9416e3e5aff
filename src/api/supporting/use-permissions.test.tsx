// @vitest-environment happy-dom
import { renderHook, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganizationUser } from '../../../contract/index.ts';
import type { Credentials } from '../credentials.ts';
import { userKeys } from '../query-keys.ts';
import { createTestApi, moveWindowTo } from '../../testing/test-api.tsx';
import { DEMO_ACCOUNTS, basicOf, startTestServer, type TestServer } from '../../testing/test-server.ts';
import { readManagePermission, usePermissions } from './use-permissions.ts';

const WS = { organizationId: 1, workspaceId: 1 };
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  moveWindowTo(server.url);
});
afterAll(() => server.close());

const apiKeyOf = (who: keyof typeof DEMO_ACCOUNTS): Credentials => ({
  kind: 'apiKey',
  apiKey: DEMO_ACCOUNTS[who].apiKey,
});

function permissionsOf(credentials: Credentials, workspaceId = 1) {
  const t = createTestApi({ baseUrl: server.apiUrl, credentials, workspace: { ...WS, workspaceId } });
  return renderHook(() => usePermissions(), { wrapper: t.wrapper }).result;
}

describe('usePermissions', () => {
  it('reads manage_time_entries from the people list for an email sign-in, per workspace', async () => {
    const lead = permissionsOf(basicOf('lead'));
    await waitFor(() => expect(lead.current.settled).toBe(true));
    expect(lead.current.canManageEntries).toBe(true);
    expect(lead.current.me?.email).toBe(DEMO_ACCOUNTS.lead.email);
    const member = permissionsOf(basicOf('member'));
    await waitFor(() => expect(member.current.settled).toBe(true));
    expect(member.current.canManageEntries).toBe(false);
    // The lead manages Acme Studio only, not Side Projects.
    const side = permissionsOf(basicOf('lead'), 2);
    await waitFor(() => expect(side.current.settled).toBe(true));
    expect(side.current.canManageEntries).toBe(false);
  });

  it('treats an API key as a member until a read shows someone else’s entry, and knows a member by theirs', async () => {
    // An API key does not say who it is, so the people list cannot be matched to the person.
    const lead = permissionsOf(apiKeyOf('lead'));
    expect(lead.current.canManageEntries).toBe(false);
    await waitFor(() => expect(lead.current.settled).toBe(true));
    expect(lead.current.canManageEntries).toBe(true);
    const member = permissionsOf(apiKeyOf('member'));
    await waitFor(() => expect(member.current.settled).toBe(true));
    expect(member.current.canManageEntries).toBe(false);
    expect(member.current.me?.email).toBe(DEMO_ACCOUNTS.member.email);
  });

  it('falls back the same way when the people list carries no permissions', async () => {
    const t = createTestApi({ baseUrl: server.apiUrl, credentials: basicOf('lead'), workspace: WS });
    const people = [{ id: 101, user_account_id: 1, name: 'Maria Tamm', email: DEMO_ACCOUNTS.lead.email }];
    t.queryClient.setQueryDefaults(userKeys.all(1), { staleTime: Infinity });
    t.queryClient.setQueryData(userKeys.all(1), people);
    const { result } = renderHook(() => usePermissions(), { wrapper: t.wrapper });
    expect(result.current.canManageEntries).toBe(false);
    await waitFor(() => expect(result.current.settled).toBe(true));
    expect(result.current.canManageEntries).toBe(true);
  });
});

describe('readManagePermission', () => {
  const user = (extra: object): OrganizationUser =>
    ({ id: 1, user_account_id: 7, name: 'Ada', email: 'ada@example.com', ...extra }) as OrganizationUser;

  it('reads the shapes the public document leaves open, per workspace', () => {
    expect(readManagePermission(user({}), 1)).toBeUndefined();
    expect(readManagePermission(user({ permissions: ['manage_time_entries'] }), 1)).toBe(true);
    expect(readManagePermission(user({ permissions: [] }), 1)).toBe(false);
    expect(readManagePermission(user({ permissions: { manage_time_entries: false } }), 1)).toBe(false);
    expect(readManagePermission(user({ permissions: { '1': ['manage_time_entries'], '2': [] } }), 2)).toBe(
      false,
    );
    expect(readManagePermission(user({ permissions: { '1': { manage_time_entries: true } } }), 1)).toBe(true);
    expect(
      readManagePermission(
        user({ workspaces: [{ id: 1, name: 'A', permissions: ['manage_time_entries'] }] }),
        1,
      ),
    ).toBe(true);
  });
});
