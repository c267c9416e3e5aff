import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { goTo } from './entries-table-helpers.ts';
import { signIn } from './support/session.ts';

const signOut = (page: Page) => page.getByRole('button', { name: 'Sign out', exact: true });

test('an unknown address shows the not-found page with a way back; each view names itself in the title', async ({
  page,
}) => {
  await signIn(page, 'lead', { path: '/no-such-view' });
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByText('There is no page at /no-such-view.')).toBeVisible();
  await expect(page).toHaveTitle('Page not found · Focus time');
  await expect(page.getByRole('grid')).toHaveCount(0);
  await page.getByRole('link', { name: 'Go to Entries' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('grid', { name: 'Time entries' })).toBeVisible();
  await expect(page).toHaveTitle('Entries · Focus time');
  for (const [path, title] of [
    ['/archived', 'Archived'],
    ['/deleted', 'Recently deleted'],
    ['/time-blocks', 'Time blocks'],
    ['/history', 'History'],
  ]) {
    await goTo(page, path as string);
    await expect(page).toHaveTitle(`${title} · Focus time`);
  }
});

test('the sign-in screen has its own title', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Sign in · Focus time');
});

test('sign out leaves no toast behind, and warns before clearing what this browser kept', async ({
  page,
}) => {
  await signIn(page, 'lead', { path: '/?range=last-week' });
  const first = page.getByRole('checkbox', { name: /^Select entry \d+$/ }).first();
  await first.check();
  const bar = page.getByRole('region', { name: 'Selected entries' });
  await bar.getByRole('button', { name: 'Delete' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Delete 1 entry$/ })
    .click();
  const toast = page.getByText('Deleted 1 entry');
  await expect(toast).toBeVisible();

  // The delete left a recently deleted entry and a history item: sign out says so first.
  await signOut(page).click();
  const ask = page.getByRole('dialog', { name: 'Sign out?' });
  await expect(ask).toContainText(
    'Signing out clears 1 recently deleted entry and 1 history item kept in this browser.',
  );
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByRole('grid', { name: 'Time entries' })).toBeVisible();

  await signOut(page).click();
  await ask.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Focus time' })).toBeVisible();
  await expect(toast).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);

  // Nothing kept now: the next sign out goes straight through.
  await signIn(page, 'lead');
  await signOut(page).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Focus time' })).toBeVisible();
});

test('the theme follows the system, and a choice made with the toggle is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await signIn(page, 'lead');
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const dark = await background();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await background()).not.toBe(dark);
  // Remembered in this browser across a reload and a sign-out, though the system still asks for dark.
  await signOut(page).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await signIn(page, 'lead');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  // Back to what the system asks for: the choice is forgotten, so the system leads again.
  await toggle.click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test.describe('dark mode', () => {
  // axe is injected as a script, which the page's CSP forbids: this test alone bypasses it.
  test.use({ colorScheme: 'dark', bypassCSP: true });

  test('the page is dark and every text meets the contrast rule', async ({ page }) => {
    await signIn(page, 'lead', { path: '/?range=last-week' });
    await expect(
      page.getByRole('grid', { name: 'Time entries' }).locator('tbody tr[data-entry-id]').first(),
    ).toBeVisible();
    const [r, g, b] = (await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor))
      .match(/\d+/g)!
      .map(Number) as [number, number, number];
    expect(0.2126 * r + 0.7152 * g + 0.0722 * b).toBeLessThan(60);
    for (const path of ['/?range=last-week', '/archived', '/deleted', '/history', '/time-blocks?ids=1']) {
      await goTo(page, path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      const scan = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
      // The rule really looked at text on this screen (a scan of nothing would pass too).
      expect(scan.passes.find((r) => r.id === 'color-contrast')?.nodes.length ?? 0).toBeGreaterThan(5);
      expect(
        scan.violations.flatMap((v) => v.nodes.map((n) => `${path} ${n.target} ${n.failureSummary}`)),
      ).toEqual([]);
    }
  });
});
