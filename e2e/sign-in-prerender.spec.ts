import { expect, test, type Page, type Request } from '@playwright/test';
import { DEMO_ACCOUNTS } from '../server/demo/accounts.ts';

// The sign-in form comes pre-rendered in index.html and the app takes it over once its chunk arrives.
// These journeys hold that chunk back to act on the form before the app is there.
test.describe.configure({ timeout: 120_000 });

const lead = DEMO_ACCOUNTS.lead;
const dashboard = (page: Page) => page.getByRole('button', { name: 'Sign out', exact: true });
const prerendered = (page: Page) => page.locator('#prerendered');

/** Holds the app's chunk (main-*.js) until `release` is called; the boot module and the form are already there. */
async function holdApp(page: Page): Promise<{ release: () => void; requested: Promise<void> }> {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let requested!: () => void;
  const seen = new Promise<void>((r) => (requested = r));
  await page.route(/\/assets\/main-[^/]+\.js$/, async (route) => {
    requested();
    await released;
    await route.continue();
  });
  return { release, requested: seen };
}

/** Every request the page sends, to check that no secret ever travels in one before the app is ready. */
function watchRequests(page: Page): Request[] {
  const all: Request[] = [];
  page.on('request', (r) => all.push(r));
  return all;
}

const carries = (r: Request, secret: string) =>
  r.url().includes(encodeURIComponent(secret)) ||
  r.url().includes(secret) ||
  (r.postData() ?? '').includes(secret);

test('typing into the pre-rendered form before the app arrives is kept, and signing in works', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  const app = await holdApp(page);
  await page.goto('/');
  await app.requested;
  // The form is on screen and usable while the app is still on its way.
  await expect(prerendered(page).getByLabel('Email')).toBeFocused();
  await page.keyboard.type(lead.email);
  await prerendered(page).getByLabel('Password').fill(lead.password);
  await prerendered(page).getByLabel('Organization ID').fill('1');
  await prerendered(page).getByLabel('Keep me signed in on this tab').check();
  await prerendered(page).getByLabel('Workspace ID').click();
  await page.keyboard.type('1');
  app.release();

  await expect(prerendered(page)).toHaveCount(0);
  await expect(page.getByLabel('Email')).toHaveValue(lead.email);
  await expect(page.getByLabel('Password')).toHaveValue(lead.password);
  await expect(page.getByLabel('Organization ID')).toHaveValue('1');
  await expect(page.getByLabel('Workspace ID')).toHaveValue('1');
  await expect(page.getByLabel('Keep me signed in on this tab')).toBeChecked();
  // The cursor stayed where the person was typing.
  await expect(page.getByLabel('Workspace ID')).toBeFocused();
  // The dashboard is fetched while the person is still on the form: they started before the app was there.
  await expect.poll(() => scripts.some((s) => /\/assets\/layout-[^/]+\.js$/.test(s))).toBe(true);
  await page.keyboard.press('Enter');
  await expect(dashboard(page)).toBeVisible();
  expect(errors).toEqual([]);
});

test('Sign in pressed before the app arrives sends nothing natively, and signs in once the app is there', async ({
  page,
}) => {
  const requests = watchRequests(page);
  const app = await holdApp(page);
  await page.goto('/');
  await app.requested;
  await prerendered(page).getByLabel('Email').fill(lead.email);
  await prerendered(page).getByLabel('Password').fill(lead.password);
  await prerendered(page).getByLabel('Organization ID').fill('1');
  await prerendered(page).getByLabel('Workspace ID').fill('1');
  await prerendered(page).getByLabel('Password').press('Enter');
  await prerendered(page).getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForTimeout(300);
  // Still the same page, and the password went nowhere: not in a URL, not in a form post.
  expect(new URL(page.url()).search).toBe('');
  expect(requests.filter((r) => carries(r, lead.password))).toEqual([]);
  expect(requests.filter((r) => r.method() === 'POST')).toEqual([]);

  app.release();
  await expect(dashboard(page)).toBeVisible();
  expect(requests.filter((r) => r.url().includes(encodeURIComponent(lead.password)))).toEqual([]);
});

test('on a browser that remembers an email, a field the person clicked keeps the cursor when the app arrives', async ({
  page,
}) => {
  const member = DEMO_ACCOUNTS.member;
  // The lead signed in on this browser before: the app fills in their email and, by itself, starts on Password.
  await page.goto('/');
  await expect(prerendered(page)).toHaveCount(0);
  await page.getByLabel('Email').fill(lead.email);
  await page.getByLabel('Password').fill(lead.password);
  await page.getByLabel('Organization ID').fill('1');
  await page.getByLabel('Workspace ID').fill('1');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.reload();
  await expect(prerendered(page)).toHaveCount(0);
  await expect(page.getByLabel('Email')).toHaveValue(lead.email);
  await expect(page.getByLabel('Password')).toBeFocused();

  // Someone else clicks into the empty pre-rendered Email field before the app is there.
  const app = await holdApp(page);
  await page.reload();
  await app.requested;
  await prerendered(page).getByLabel('Email').click();
  app.release();
  await expect(prerendered(page)).toHaveCount(0);
  // The cursor stays in Email, with the remembered address selected: their typing replaces it and never
  // goes, unseen, into Password.
  await expect(page.getByLabel('Email')).toBeFocused();
  await page.keyboard.type(member.email);
  await expect(page.getByLabel('Email')).toHaveValue(member.email);
  await expect(page.getByLabel('Password')).toHaveValue('');
  await page.getByLabel('Password').fill(member.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByText(`${member.email} · org 1 · workspace 1`)).toBeVisible();
});

test('without any script the pre-rendered form cannot be submitted at all', async ({ page }) => {
  const requests = watchRequests(page);
  await page.route(/\.js$/, (route) => route.abort());
  await page.goto('/');
  await page.getByLabel('Email').fill(lead.email);
  await page.getByLabel('Password').fill(lead.password);
  await page.getByLabel('Organization ID').fill('1');
  await page.getByLabel('Workspace ID').fill('1');
  await page.getByLabel('Password').press('Enter');
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeDisabled();
  await page.waitForTimeout(300);
  expect(new URL(page.url()).search).toBe('');
  expect(requests.filter((r) => carries(r, lead.password))).toEqual([]);
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('the pre-rendered form says it needs JavaScript', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Sign in to Focus time' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText(/needs JavaScript.*Turn it on, then reload/);
    await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeDisabled();
  });
});

test('when the app cannot be fetched, the form says so instead of waiting forever', async ({ page }) => {
  await page.route(/\/assets\/main-[^/]+\.js$/, (route) => route.abort());
  await page.goto('/');
  await expect(page.getByRole('alert')).toHaveText(/could not finish loading.*reload the page/);
});

test.describe('a theme chosen in this browser', () => {
  test.use({ colorScheme: 'light' });

  test('is on the page at its first paint, before the app arrives', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('focus.theme', 'dark'));
    const app = await holdApp(page);
    await page.goto('/');
    await app.requested;
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const dark = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const [r, g, b] = (getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g) ?? []).map(
        Number,
      ) as [number, number, number];
      return { painted: !!fcp, luminance: 0.2126 * r + 0.7152 * g + 0.0722 * b };
    });
    expect(dark.painted).toBe(true);
    expect(dark.luminance).toBeLessThan(60);
    app.release();
  });
});

test('a tab that kept its session shows the loading line, not the form, until the dashboard is back', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('Email').fill(lead.email);
  await page.getByLabel('Password').fill(lead.password);
  await page.getByLabel('Organization ID').fill('1');
  await page.getByLabel('Workspace ID').fill('1');
  await page.getByLabel('Keep me signed in on this tab').check();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(dashboard(page)).toBeVisible();

  const app = await holdApp(page);
  await page.reload();
  await app.requested;
  await expect(page.getByRole('status').filter({ hasText: 'Loading the dashboard…' })).toBeVisible();
  await expect(page.getByLabel('Email')).toBeHidden();
  app.release();
  await expect(dashboard(page)).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveCount(0);
});
