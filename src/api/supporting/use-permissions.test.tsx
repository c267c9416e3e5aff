// @vitest-environment happy-dom
import { renderHook, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganizationUser } from '../../../contract/index.ts';
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

const permissionsOf = (who: 'lead' | 'member') => {
  const { wrapper } = createTestApi({ baseUrl: server.apiUrl, credentials: basicOf(who), workspace: WS });
  return renderHook(() => usePermissions(), { wrapper }).result;
};

describe('usePermissions against a server that sends no permissions', () => {
  it('treats everyone as a member until a read shows someone else’s entry: then a lead', async () => {
    const lead = permissionsOf('lead');
    expect(lead.current.canManageEntries).toBe(false);
    await waitFor(() => expect(lead.current.settled).toBe(true));
    expect(lead.current.canManageEntries).toBe(true);
    expect(lead.current.me?.email).toBe(DEMO_ACCOUNTS.lead.email);
  });

  it('keeps a member a member, and knows who they are', async () => {
    const member = permissionsOf('member');
    await waitFor(() => expect(member.current.settled).toBe(true));
    expect(member.current.canManageEntries).toBe(false);
    expect(member.current.me?.email).toBe(DEMO_ACCOUNTS.member.email);
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
