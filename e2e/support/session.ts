import { expect, type Page } from '@playwright/test';
import {
  DEMO_ACCOUNTS,
  DEMO_ORGANIZATION_ID,
  DEMO_WORKSPACE_ID,
  type DemoAccountName,
} from '../../server/demo/accounts.ts';

/** Signs in through the sign-in screen as a person would, and waits for the dashboard. */
export async function signIn(
  page: Page,
  account: DemoAccountName = 'lead',
  options: { path?: string; workspace?: number; keep?: boolean } = {},
) {
  await page.goto(options.path ?? '/');
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
