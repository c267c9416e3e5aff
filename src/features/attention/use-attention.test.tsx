// @vitest-environment happy-dom
import { renderHook, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSearch } from '../../lib/search-params.ts';
import { createTestApi, moveWindowTo } from '../../testing/test-api.tsx';
import { basicOf, startTestServer, type DemoAccount, type TestServer } from '../../testing/test-server.ts';
import { attentionViewState } from './attention-view-state.ts';
import { useAttention } from './use-attention.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  moveWindowTo(server.url);
});
afterAll(() => server.close());

async function groupsFor(who: DemoAccount, search = '') {
  const t = createTestApi({ baseUrl: server.apiUrl, credentials: basicOf(who) });
  const state = parseSearch(attentionViewState, new URLSearchParams(search));
  const view = renderHook(() => useAttention(state), { wrapper: t.wrapper });
  await waitFor(() => expect(view.result.current.groups).not.toBeNull());
  return view.result.current;
}

const sizes = (a: Awaited<ReturnType<typeof groupsFor>>) => {
  const g = a.groups!;
  return {
    overlaps: g.overlaps.length,
    duplicates: g.duplicates.length,
    ...Object.fromEntries(Object.entries(g.entries).map(([k, v]) => [k, v.length])),
  };
};

describe('useAttention on the demo data', () => {
  it("finds exactly the problems planted in the lead's last 30 days", async () => {
    const a = await groupsFor('lead');
    expect(sizes(a)).toEqual({
      overlaps: 2,
      duplicates: 1,
      running: 1,
      long: 1,
      future: 1,
      zero: 1,
      breaks: 0,
      weekends: 0,
    });
    expect(a.groups?.count).toBe(2 * 2 + 2 + 4);
    expect(a.groups?.entries.long[0]?.duration).toBe(14 * 3600);
  });

  it('adds the opt-in checks when the URL asks for them', async () => {
    const a = await groupsFor('lead', 'breaks=1&weekends=1');
    expect(a.groups?.entries.breaks.map((e) => e.duration)).toEqual([3.25 * 3600]);
    expect(a.groups?.entries.weekends.length).toBeGreaterThanOrEqual(1);
  });

  it("gives a member their own problems only: the API sends no one else's entries", async () => {
    const a = await groupsFor('member');
    expect(a.rows.every((e) => e.toggl_user_id === 2)).toBe(true);
    expect(sizes(a)).toMatchObject({ overlaps: 1, duplicates: 0, running: 0, long: 0, zero: 1 });
  });
});
