// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from './credentials.ts';
import { createSessionStore, identityOf } from './session-store.ts';

const lead: Session = {
  credentials: { kind: 'basic', email: 'lead@example.com', password: 'focus-lead-demo' },
  organizationId: 1,
  workspaceId: 1,
};
const member: Session = {
  credentials: { kind: 'basic', email: 'member@example.com', password: 'focus-member-demo' },
  organizationId: 1,
  workspaceId: 1,
};
const keyed = (apiKey: string): Session => ({
  credentials: { kind: 'apiKey', apiKey },
  organizationId: 1,
  workspaceId: 1,
});

/** Everything in both storages, as one string to search for secrets. */
const stored = () =>
  [sessionStorage, localStorage]
    .flatMap((s) => Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i) ?? '')}`))
    .join('\n');

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('session store', () => {
  it('keeps credentials in memory only unless "keep" was chosen', () => {
    const store = createSessionStore();
    store.signIn(lead, false);
    expect(store.getCredentials()).toBe(lead.credentials);
    expect(stored()).not.toContain('focus-lead-demo');
    expect(createSessionStore().getState().session).toBeNull();
  });

  it('with "keep", survives a reload through sessionStorage and never localStorage', () => {
    createSessionStore().signIn(lead, true);
    expect(sessionStorage.getItem('focus.session')).toContain('focus-lead-demo');
    for (let i = 0; i < localStorage.length; i++) {
      expect(localStorage.getItem(localStorage.key(i) ?? '')).not.toContain('focus-lead-demo');
    }
    expect(createSessionStore().getState().session).toEqual(lead);
  });

  it('remembers email, organization and workspace for the form, never the secret', () => {
    const store = createSessionStore();
    store.signIn(keyed('toggl_sk_secret'), false);
    expect(store.remembered()).toEqual({ email: '', organizationId: 1, workspaceId: 1, method: 'apiKey' });
    store.signIn(lead, false);
    expect(store.remembered()).toEqual({
      email: 'lead@example.com',
      organizationId: 1,
      workspaceId: 1,
      method: 'basic',
    });
    expect(stored()).not.toMatch(/toggl_sk_secret|focus-lead-demo/);
    store.forget();
    expect(store.remembered()).toBeNull();
  });

  it('ignores a damaged kept session or remembered entry', () => {
    sessionStorage.setItem('focus.session', '{"credentials":{"kind":"basic"},"organizationId":1}');
    localStorage.setItem('focus.remember', 'not json');
    const store = createSessionStore();
    expect(store.getState().session).toBeNull();
    expect(sessionStorage.getItem('focus.session')).toBeNull();
    expect(store.remembered()).toBeNull();
  });

  it('sign-out forgets the credentials and whatever the browser kept for the person', () => {
    const store = createSessionStore();
    store.signIn(lead, true);
    sessionStorage.setItem('focus.draft.entry', '{"duration":"1h"}');
    localStorage.setItem('focus.deleted.basic:lead@example.com@1/1', '[{"entry":{"id":1}}]');
    localStorage.setItem('other-app', 'kept');
    store.signOut();
    expect(store.getState()).toEqual({ session: null, expired: null });
    expect(sessionStorage.length).toBe(0);
    expect(Object.keys(localStorage).sort()).toEqual(['focus.remember', 'other-app']);
    expect(createSessionStore().getState().session).toBeNull();
  });

  it('expire() signs out once, however many 401s arrive', () => {
    const store = createSessionStore();
    store.signIn(lead, true);
    const listener = vi.fn();
    store.subscribe(listener);
    const results = [1, 2, 3, 4].map(() => store.expire('gone', lead.credentials));
    expect(results).toEqual([true, false, false, false]);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getState().session).toBeNull();
    expect(store.getState().expired).toMatchObject({
      reason: 'gone',
      identity: identityOf(lead),
      email: 'lead@example.com',
      keep: true,
    });
    expect(stored()).not.toContain('focus-lead-demo');
  });

  it('ignores a late 401 for credentials it no longer holds', () => {
    const store = createSessionStore();
    store.signIn(lead, false);
    const old = lead.credentials;
    store.signIn({ ...lead, credentials: { ...lead.credentials } }, false);
    expect(store.expire('late', old)).toBe(false);
    expect(store.expire('late', null)).toBe(false);
    expect(store.getState().session).not.toBeNull();
  });

  it('resumes the same person after expiry, starts fresh for someone else', () => {
    const store = createSessionStore();
    store.signIn(lead, false);
    localStorage.setItem('focus.deleted.x', '[]');
    store.expire('gone');
    expect(store.signIn({ ...lead, credentials: { ...lead.credentials } }, false)).toBe('resumed');
    expect(localStorage.getItem('focus.deleted.x')).toBe('[]');
    store.expire('gone');
    expect(store.signIn(member, false)).toBe('fresh');
    expect(localStorage.getItem('focus.deleted.x')).toBeNull();
  });

  it('tells API keys apart without keeping them', () => {
    const a = identityOf(keyed('toggl_sk_aaaaaaaaaaaaaaaa'));
    expect(a).toBe(identityOf(keyed('toggl_sk_aaaaaaaaaaaaaaaa')));
    expect(a).not.toBe(identityOf(keyed('toggl_sk_aaaaaaaaaaaaaaab')));
    expect(a).not.toContain('toggl_sk');
    expect(identityOf(lead)).toBe(
      identityOf({ ...lead, credentials: { kind: 'basic', email: 'LEAD@example.com', password: 'x' } }),
    );
    expect(identityOf(lead)).not.toBe(identityOf({ ...lead, workspaceId: 2 }));
  });
});
