// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { SESSION_KEY, THEME_KEY } from '../api/index.ts';
import { firstPaint } from './first-paint.ts';
import { renderSignInPage } from './prerender.tsx';

describe('the pre-rendered sign-in', () => {
  const doc = new DOMParser().parseFromString(renderSignInPage(), 'text/html');
  const form = doc.querySelector('form');

  it('is the sign-in form with every field, named as the app names them', () => {
    expect(doc.querySelector('h1')?.textContent).toBe('Sign in to Focus time');
    const names = [...(form?.querySelectorAll('input') ?? [])].map((i) => i.getAttribute('name'));
    expect(names).toEqual(['email', 'password', 'organizationId', 'workspaceId', 'keep']);
    expect(doc.querySelector('#sign-in-email')?.hasAttribute('autofocus')).toBe(true);
  });

  it('can never submit natively: a POST without a target, and its Sign in disabled', () => {
    expect(form?.getAttribute('method')).toBe('post');
    expect(form?.hasAttribute('action')).toBe(false);
    const submit = form?.querySelector('button[type=submit]');
    expect(submit?.textContent).toBe('Sign in');
    expect(submit?.hasAttribute('disabled')).toBe(true);
  });
});

describe('the first-paint script', () => {
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    delete document.documentElement.dataset.theme;
    delete document.documentElement.dataset.boot;
  });

  it('puts the chosen theme on the page and leaves the system theme alone', () => {
    firstPaint(THEME_KEY, SESSION_KEY);
    expect(document.documentElement.dataset.theme).toBeUndefined();
    localStorage.setItem(THEME_KEY, 'dark');
    firstPaint(THEME_KEY, SESSION_KEY);
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('marks a tab that kept its session, so the form is not shown to it', () => {
    firstPaint(THEME_KEY, SESSION_KEY);
    expect(document.documentElement.dataset.boot).toBeUndefined();
    sessionStorage.setItem(SESSION_KEY, '{}');
    firstPaint(THEME_KEY, SESSION_KEY);
    expect(document.documentElement.dataset.boot).toBe('resume');
  });
});
