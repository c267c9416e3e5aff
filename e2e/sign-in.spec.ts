import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, type DemoAccountName } from '../server/demo/accounts.ts';
import { signIn, signInFormReady } from './support/session.ts';

// Every journey signs in and loads the entries screen; on a busy machine that takes a while.
test.describe.configure({ timeout: 120_000 });

async function shot(page: Page, name: string) {
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/sign-in-${name}.png` });
}

/** Fills the sign-in form as a person would; does not submit. */
async function fillSignIn(page: Page, who: DemoAccountName, workspace = 1) {
  await signInFormReady(page);
  await page.getByLabel('Email').fill(DEMO_ACCOUNTS[who].email);
  await page.getByLabel('Password').fill(DEMO_ACCOUNTS[who].password);
  await page.getByLabel('Organization ID').fill('1');
  await page.getByLabel('Workspace ID').fill(String(workspace));
}

const signInButton = (page: Page) => page.getByRole('button', { name: 'Sign in', exact: true });
const dashboard = (page: Page) => page.getByRole('button', { name: 'Sign out', exact: true });
const table = (page: Page) => page.getByRole('grid', { name: 'Time entries' });
const expiredDialog = (page: Page) => page.getByRole('dialog', { name: 'Sign in again' });

/** Everything the browser keeps for this origin: both storages and the cookies, as one text. */
async function everythingStored(page: Page, context: BrowserContext): Promise<string> {
  const storages = await page.evaluate(() =>
    [sessionStorage, localStorage]
      .flatMap((s) => Object.keys(s).map((k) => `${k}=${s.getItem(k) ?? ''}`))
      .join('\n'),
  );
  const cookies = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('\n');
  return `${storages}\n${cookies}`;
}

/** Answers every API request with 401 as a server does when the session is gone; counts them. */
/**
 * Every API request the browser sends answered 401 from now on, by the tests' proxy in front of the API
 * (see scripts/e2e-server.ts): a Playwright route would not see what the page's workers send, and the
 * whole-range stream's parser sends its own request. `answered()` says how many; `end()` stops it.
 */
async function answer401(page: Page) {
  const control = `${new URL(page.url()).origin}/__expire`;
  const request = page.context().request;
  await request.post(control);
  return {
    answered: async () => ((await (await request.get(control)).json()) as { answered: number }).answered,
    end: async () => void (await request.delete(control)),
  };
}

test.describe('signing in', () => {
  test('with email and password opens the dashboard; no credentials in the URL', async ({ page }) => {
    await page.goto('/');
    await shot(page, 'screen');
    await fillSignIn(page, 'lead');
    await signInButton(page).click();
    await expect(dashboard(page)).toBeVisible();
    await expect(page.getByText(`${DEMO_ACCOUNTS.lead.email} · org 1 · workspace 1`)).toBeVisible();
    await expect(table(page)).toBeVisible();
    expect(page.url()).not.toMatch(/password|lead%40|email=/);
    expect(page.url()).not.toContain(DEMO_ACCOUNTS.lead.password);
  });

  test('with a wrong password says so and stays on the form', async ({ page }) => {
    await page.goto('/');
    await fillSignIn(page, 'lead');
    await page.getByLabel('Password').fill('not-the-password');
    await signInButton(page).click();
    await expect(page.getByRole('alert')).toHaveText('Wrong email or password. Check them and try again.');
    await expect(page.getByLabel('Password')).toBeFocused();
    await expect(dashboard(page)).toHaveCount(0);
    await shot(page, 'wrong-password');
  });

  test('into a workspace one has no access to says so (outsider into workspace 1)', async ({ page }) => {
    await page.goto('/');
    await fillSignIn(page, 'outsider', 1);
    await signInButton(page).click();
    await expect(page.getByRole('alert')).toHaveText(/do not have access to that workspace/);
    await expect(dashboard(page)).toHaveCount(0);
    await fillSignIn(page, 'outsider', 2);
    await signInButton(page).click();
    await expect(dashboard(page)).toBeVisible();
  });

  test('with an API key instead of email and password', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Use an API key instead' }).click();
    await expect(page.getByLabel('Email')).toHaveCount(0);
    await expect(page.getByLabel('API key')).toBeFocused();
    await page.getByLabel('Organization ID').fill('1');
    await page.getByLabel('Workspace ID').fill('1');
    await page.getByLabel('API key').fill('toggl_sk_00000000000000000000000000000000');
    await signInButton(page).click();
    await expect(page.getByRole('alert')).toHaveText('That API key is not valid. Check it and try again.');
    await shot(page, 'api-key');
    await page.getByLabel('API key').fill(DEMO_ACCOUNTS.member.apiKey);
    await signInButton(page).click();
    await expect(dashboard(page)).toBeVisible();
    await expect(page.getByText('API key · org 1 · workspace 1')).toBeVisible();
    await expect(table(page)).toBeVisible();
  });

  test('with the quota used up says when it resets', async ({ page }) => {
    await page.route('**/api/**', (route) =>
      route.fulfill({
        status: 402,
        contentType: 'application/json',
        headers: { 'X-Toggl-Quota-Remaining': '0', 'X-Toggl-Quota-Resets-In': '1200' },
        body: JSON.stringify({ error: 'quota_exceeded', error_description: 'The hourly quota is used up.' }),
      }),
    );
    await page.goto('/');
    await fillSignIn(page, 'lead');
    await signInButton(page).click();
    await expect(page.getByRole('alert')).toHaveText(
      /^Focus’s hourly limit is used up\. It resets in 20 minutes \(at \d\d:\d\d\)/,
    );
  });

  test('says when the server cannot be reached, or answers something unexpected', async ({ page }) => {
    await page.goto('/');
    await fillSignIn(page, 'lead');
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await signInButton(page).click();
    await expect(page.getByRole('alert')).toHaveText(/^The server could not be reached/);
    await page.unroute('**/api/**');
    await page.route('**/api/**', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"items":[]}' }),
    );
    await signInButton(page).click();
    await expect(page.getByRole('alert')).toHaveText(/unexpected response/);
    await expect(dashboard(page)).toHaveCount(0);
  });
});

test.describe('signing out and reloading', () => {
  test('sign out leaves no credentials or entry data, and a reload shows the sign-in', async ({
    page,
    context,
  }) => {
    await signIn(page, 'lead');
    await expect(table(page)).toBeVisible();
    // Leave traces the way a person would: deleting an entry keeps a copy for "Recently deleted".
    const firstRow = table(page).getByRole('row').nth(1);
    const entryId = (await firstRow.getByRole('rowheader').innerText()).trim();
    await firstRow.getByRole('button', { name: `Actions for entry ${entryId}` }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await expect(table(page).getByRole('rowheader', { name: entryId, exact: true })).toHaveCount(0);
    expect(await everythingStored(page, context)).toContain(`"id":${entryId}`);

    await dashboard(page).click();
    // Recently deleted now holds the entry: sign out says it will clear it, and goes on when told to.
    const ask = page.getByRole('dialog', { name: 'Sign out?' });
    await expect(ask).toContainText('Signing out clears 1 recently deleted entry');
    await ask.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to Focus time' })).toBeVisible();
    const stored = await everythingStored(page, context);
    for (const secret of [
      DEMO_ACCOUNTS.lead.password,
      DEMO_ACCOUNTS.lead.apiKey,
      '"duration"',
      '"task_id"',
    ]) {
      expect(stored).not.toContain(secret);
    }
    expect(stored).not.toMatch(/focus\.(session|draft|deleted|history)/);
    // Remembering the email and IDs for next time is fine; the password field starts empty.
    await expect(page.getByLabel('Email')).toHaveValue(DEMO_ACCOUNTS.lead.email);
    await expect(page.getByLabel('Password')).toHaveValue('');

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Sign in to Focus time' })).toBeVisible();
    await expect(dashboard(page)).toHaveCount(0);
  });

  test('a reload signs out unless "Keep me signed in on this tab" was chosen', async ({ page, context }) => {
    await signIn(page, 'lead');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Sign in to Focus time' })).toBeVisible();

    await signIn(page, 'lead', { keep: true });
    await page.reload();
    await expect(dashboard(page)).toBeVisible();
    await expect(table(page)).toBeVisible();
    const local = await page.evaluate(() => JSON.stringify(localStorage));
    expect(local).not.toContain(DEMO_ACCOUNTS.lead.password);
    expect((await context.cookies()).length).toBe(0);

    await dashboard(page).click();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Sign in to Focus time' })).toBeVisible();
  });
});

test.describe('a 401 in the middle of a session', () => {
  // A test that fails while the proxy answers 401 must not leave it so for the tests after it.
  test.afterEach(async ({ request }) => void (await request.delete('/__expire')));

  test('many failing requests give one sign-in dialog; signing in again keeps the page', async ({ page }) => {
    await signIn(page, 'lead');
    await expect(table(page)).toBeVisible();
    // Whatever the dashboard fetches by itself (the attention count, people) is done first: a 401 for it
    // would open the dialog before the range could be changed.
    await page.waitForLoadState('networkidle');
    const expired = await answer401(page);
    // A new range loads the page of entries and the whole-range stream at once.
    await page.getByRole('combobox', { name: 'Range' }).selectOption({ label: 'Last week' });
    await expect(expiredDialog(page)).toBeVisible();
    await expect(expiredDialog(page).getByRole('status')).toHaveText(/sign-in is no longer valid/);
    await page.waitForTimeout(500);
    // The page of entries and the stream, which the parser worker asked for.
    expect(await expired.answered()).toBeGreaterThanOrEqual(2);
    await expect(expiredDialog(page)).toHaveCount(1);
    await expect(page.getByLabel('Email')).toHaveValue(DEMO_ACCOUNTS.lead.email);
    await expect(page.getByLabel('Password')).toBeFocused();
    const url = page.url();
    await shot(page, 'expired');

    await expired.end();
    await page.getByLabel('Password').fill(DEMO_ACCOUNTS.lead.password);
    await signInButton(page).click();
    await expect(expiredDialog(page)).toHaveCount(0);
    expect(page.url()).toBe(url);
    await expect(page.getByRole('combobox', { name: 'Range' })).toHaveValue('last-week');
    await expect(table(page).getByRole('row').nth(1)).toBeVisible();
  });

  test('an unsaved form is still filled in after signing in again', async ({ page }) => {
    await signIn(page, 'lead');
    await page.getByRole('button', { name: 'New entry' }).click();
    const form = page.getByRole('dialog', { name: 'New entry' });
    await form.getByLabel('Duration').fill('1h 30m');
    const url = page.url();
    const expired = await answer401(page);
    await form.getByLabel('Task').fill('Acc');
    await expect(expiredDialog(page)).toBeVisible();
    await expect(expiredDialog(page)).toHaveCount(1);

    await expired.end();
    await page.getByLabel('Password').fill(DEMO_ACCOUNTS.lead.password);
    await signInButton(page).click();
    await expect(expiredDialog(page)).toHaveCount(0);
    expect(page.url()).toBe(url);
    // The form tidies a duration once the field is left; either spelling is what was typed.
    await expect(form.getByLabel('Duration')).toHaveValue(/^(1h 30m|1:30:00)$/);
    // The cursor is back where the person was typing when the session ended.
    await expect(form.getByLabel('Task')).toBeFocused();
  });

  test('signing in as someone else starts afresh', async ({ page }) => {
    await signIn(page, 'lead');
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByRole('dialog', { name: 'New entry' }).getByLabel('Duration').fill('2h');
    const expired = await answer401(page);
    await page.getByRole('dialog', { name: 'New entry' }).getByLabel('Task').fill('Acc');
    await expect(expiredDialog(page)).toBeVisible();

    await expired.end();
    await page.getByLabel('Email').fill(DEMO_ACCOUNTS.member.email);
    await page.getByLabel('Password').fill(DEMO_ACCOUNTS.member.password);
    await signInButton(page).click();
    await expect(page.getByText(`${DEMO_ACCOUNTS.member.email} · org 1 · workspace 1`)).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'New entry' }).getByLabel('Duration')).not.toHaveValue(
      '2h',
    );
    await page.keyboard.press('Escape');
    await expect(table(page).getByRole('row').nth(1)).toBeVisible();
    await expect(table(page).getByRole('gridcell', { name: DEMO_ACCOUNTS.lead.name })).toHaveCount(0);
  });
});

test('a 402 in the dashboard shows a quota wait, and is not retried', async ({ page }) => {
  await signIn(page, 'lead');
  await expect(table(page)).toBeVisible();
  const hits = new Map<string, number>();
  await page.route('**/api/**/time-entries**', (route) => {
    const url = route.request().url();
    hits.set(url, (hits.get(url) ?? 0) + 1);
    return route.fulfill({
      status: 402,
      contentType: 'application/json',
      headers: { 'X-Toggl-Quota-Remaining': '0', 'X-Toggl-Quota-Resets-In': '600' },
      body: JSON.stringify({ error: 'quota_exceeded', error_description: 'The hourly quota is used up.' }),
    });
  });
  await page.getByRole('combobox', { name: 'Range' }).selectOption({ label: 'Last month' });
  const banner = page.getByRole('status').filter({ hasText: 'hourly limit' });
  await expect(banner).toHaveText(/hourly limit is used up.*resets in 10 minutes \(at \d\d:\d\d\)/);
  await shot(page, 'quota-banner');
  await page.waitForTimeout(2500);
  expect(hits.size).toBeGreaterThan(0);
  for (const count of hits.values()) expect(count).toBe(1);
  await expect(expiredDialog(page)).toHaveCount(0);
});
