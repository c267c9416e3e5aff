import { expect, type Page } from '@playwright/test';
import {
  DEMO_ACCOUNTS,
  DEMO_ORGANIZATION_ID,
  DEMO_WORKSPACE_ID,
  type DemoAccountName,
} from '../../server/demo/accounts.ts';

/**
 * Waits until the app has taken over the sign-in form pre-rendered in index.html. Playwright's fill focuses a
 * field and types into it in two steps; when the takeover lands between them (on a browser that remembers an
 * email, it moves the cursor to Password), the typing goes to another field than the one focused.
 */
export async function signInFormReady(page: Page) {
  await expect(page.locator('#prerendered')).toHaveCount(0);
}

/** Signs in through the sign-in screen as a person would, and waits for the dashboard. */
export async function signIn(
  page: Page,
  account: DemoAccountName = 'lead',
  options: { path?: string; workspace?: number; keep?: boolean } = {},
) {
  await page.goto(options.path ?? '/');
  await signInFormReady(page);
  const { email, password } = DEMO_ACCOUNTS[account];
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByLabel('Organization ID').fill(String(DEMO_ORGANIZATION_ID));
  await page.getByLabel('Workspace ID').fill(String(options.workspace ?? DEMO_WORKSPACE_ID));
  if (options.keep) await page.getByLabel('Keep me signed in on this tab').check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Wide screens show Sign out in the header; narrow ones fold it into the Menu.
  await expect(
    page.getByRole('button', { name: 'Sign out' }).or(page.getByRole('button', { name: 'Menu' })),
  ).toBeVisible();
}
