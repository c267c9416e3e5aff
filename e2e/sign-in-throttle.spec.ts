import { expect, test, type Page } from '@playwright/test';

test.describe.configure({ timeout: 120_000 });

const signInButton = (page: Page) => page.getByRole('button', { name: 'Sign in', exact: true });

/** An address of its own, which no other journey signs in with, so its wait holds up nobody else. */
const EMAIL = 'keeps-mistyping@example.com';

test('after five wrong passwords the sign-in screen says how long to wait and counts it down', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('Email').fill(EMAIL);
  await page.getByLabel('Organization ID').fill('1');
  await page.getByLabel('Workspace ID').fill('1');
  for (let i = 1; i <= 5; i++) {
    await page.getByLabel('Password').fill(`guess number ${i}`);
    await signInButton(page).click();
    // The button reads "Signing in…" until the answer is in.
    await expect(signInButton(page)).toBeEnabled();
    await expect(page.getByRole('alert')).toHaveText('Wrong email or password. Check them and try again.');
  }
  await page.getByLabel('Password').fill('guess number 6');
  await signInButton(page).click();
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText(/^Too many attempts; try again in (29|30) s$/);
  const first = Number(/(\d+) s$/.exec((await alert.textContent()) ?? '')?.[1]);
  if (process.env.SHOTS_DIR)
    await page.screenshot({ path: `${process.env.SHOTS_DIR}/sign-in-throttled.png` });
  await expect(alert).toHaveText(new RegExp(`try again in (${first - 1}|${first - 2}|${first - 3}) s$`));
});
