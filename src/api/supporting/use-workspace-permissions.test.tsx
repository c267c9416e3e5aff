// @vitest-environment happy-dom
import { renderHook, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Credentials } from '../credentials.ts';
import { userKeys } from '../query-keys.ts';
import { createTestApi, moveWindowTo } from '../../testing/test-api.tsx';
import { DEMO_ACCOUNTS, basicOf, startTestServer, type TestServer } from '../../testing/test-server.ts';
import { useWorkspaceEntries } from '../entries/use-workspace-entries.ts';
import { useUsers } from './use-users.ts';
import { permissionsIn, useWorkspacePermissions } from './use-workspace-permissions.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  moveWindowTo(server.url);
});
afterAll(() => server.close());

const ALL = { date_from: '2000-01-01T00:00:00Z', date_to: '2100-01-01T00:00:00Z', per_page: 100 };
const apiKeyOf = (who: keyof typeof DEMO_ACCOUNTS): Credentials => ({
  kind: 'apiKey',
  apiKey: DEMO_ACCOUNTS[who].apiKey,
});

/** The permissions, with the people list loaded and (when `list`) a page of entries read. */
function mount(credentials: Credentials, workspaceId = 1, list = false) {
  const t = createTestApi({
    baseUrl: server.apiUrl,
    credentials,
    workspace: { organizationId: 1, workspaceId },
  });
  const view = renderHook(
    () => {
      const users = useUsers();
      const entries = useWorkspaceEntries(list ? ALL : null);
      return { users, entries, permissions: useWorkspacePermissions() };
    },
    { wrapper: t.wrapper },
  );
  return { t, current: () => view.result.current };
}

describe('useWorkspacePermissions', () => {
  it('reads manage_time_entries from the people list for an email sign-in', async () => {
    const lead = mount(basicOf('lead'));
    await waitFor(() => expect(lead.current().permissions.basis).toBe('people'));
    expect(lead.current().permissions.manageTimeEntries).toBe(true);
    const member = mount(basicOf('member'));
    await waitFor(() => expect(member.current().permissions.basis).toBe('people'));
    expect(member.current().permissions.manageTimeEntries).toBe(false);
    // The lead manages Acme Studio only, not Side Projects.
    const side = mount(basicOf('lead'), 2);
    await waitFor(() => expect(side.current().permissions.basis).toBe('people'));
    expect(side.current().permissions.manageTimeEntries).toBe(false);
  });

  it('treats an unknown person as a member until a read only a manager gets comes back', async () => {
    // An API key does not say who it is, so the people list cannot be matched to the person.
    const member = mount(apiKeyOf('member'), 1, true);
    await waitFor(() =>
      expect(member.current().users.isSuccess && member.current().entries.isSuccess).toBe(true),
    );
    expect(member.current().entries.data?.data.length).toBeGreaterThan(50);
    expect(member.current().permissions).toEqual({ manageTimeEntries: false, basis: 'assumed' });
    const lead = mount(apiKeyOf('lead'), 1, true);
    await waitFor(() =>
      expect(lead.current().permissions).toEqual({ manageTimeEntries: true, basis: 'observed' }),
    );
  });

  it('falls back the same way when the upstream sends no permissions', async () => {
    const t = createTestApi({ baseUrl: server.apiUrl, credentials: basicOf('lead') });
    const people = [{ id: 101, user_account_id: 1, name: 'Maria Tamm', email: 'lead@example.com' }];
    t.queryClient.setQueryDefaults(userKeys.all(1), { staleTime: Infinity });
    t.queryClient.setQueryData(userKeys.all(1), people);
    const { result } = renderHook(() => useWorkspacePermissions(), { wrapper: t.wrapper });
    expect(result.current).toEqual({ manageTimeEntries: false, basis: 'assumed' });
    renderHook(() => useWorkspaceEntries(ALL), { wrapper: t.wrapper });
    await waitFor(() => expect(result.current).toEqual({ manageTimeEntries: true, basis: 'observed' }));
  });
});

describe('permissionsIn', () => {
  it('reads the map by workspace, and says nothing for other shapes', () => {
    const user = { permissions: { '1': ['track_time', 'manage_time_entries'] } };
    expect(permissionsIn(user, 1)).toEqual(['track_time', 'manage_time_entries']);
    expect(permissionsIn(user, 2)).toEqual([]);
    expect(permissionsIn({}, 1)).toBeUndefined();
    expect(permissionsIn({ permissions: ['manage_time_entries'] }, 1)).toBeUndefined();
    expect(permissionsIn({ permissions: { '1': 'manage_time_entries' } }, 1)).toBeUndefined();
    expect(permissionsIn(undefined, 1)).toBeUndefined();
  });
});
