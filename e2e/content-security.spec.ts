import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support/session.ts';

test.describe.configure({ timeout: 120_000 });

/** Every CSP violation the page reports, from its own event and from the console. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      seen.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation(t: string): void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sample}`,
      );
    });
  });
  return seen;
}

test('the dashboard runs under its CSP without inline styles: no violations, toasts styled', async ({
  page,
}) => {
  const violations = await watchViolations(page);
  const response = await page.goto('/');
  const csp = (await response?.allHeaders())?.['content-security-policy'] ?? '';
  expect(csp).toContain("style-src 'self' 'sha256-");
  expect(csp).not.toContain('unsafe-inline');

  await signIn(page, 'lead');
  await expect(page.getByRole('grid', { name: 'Time entries' })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  await download.cancel();
  const toast = page.locator('[data-sonner-toast]').first();
  await expect(toast).toBeVisible();
  // Styled by the toast library's own stylesheet, which the CSP lets in by its hash: a fixed, padded card.
  await expect(page.locator('[data-sonner-toaster]')).toHaveCSS('position', 'fixed');
  await expect(toast).toHaveCSS('padding', '16px');
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/csp-toast.png` });

  await page.getByRole('button', { name: 'New entry' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  for (const view of ['Archived', 'Recently deleted', 'Time blocks', 'History']) {
    await page.getByRole('link', { name: view, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  expect(violations).toEqual([]);
});
