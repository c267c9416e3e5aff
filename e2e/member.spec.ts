import { expect, test } from '@playwright/test';
import { filters } from './entries-table-helpers.ts';
import { signIn } from './support/session.ts';

test('a member sees only themselves in every person picker', async ({ page }) => {
  await signIn(page, 'member', { path: '/?range=last-30-days' });
  await expect(
    page.getByRole('grid', { name: 'Time entries' }).locator('tbody tr[data-entry-id]').first(),
  ).toBeVisible();

  const person = filters(page).getByLabel('Person');
  await expect(person.locator('option')).toHaveCount(1);
  await expect(person).toBeDisabled();
  const me = (await person.locator('option').innerText()).trim();
  expect(me).not.toBe('');
  // The chart's people are the member alone, too.
  await expect(page.getByRole('list', { name: 'Legend' }).getByRole('listitem')).toHaveText([new RegExp(me)]);

  await page.getByRole('button', { name: 'New entry' }).click();
  const form = page.getByRole('dialog', { name: 'New entry' });
  await expect(form.getByLabel('Person').locator('option')).toHaveText([`Me (${me})`]);
  await expect(form.getByLabel('Person')).toBeDisabled();
});

test('a lead is offered everyone', async ({ page }) => {
  await signIn(page, 'lead');
  const person = filters(page).getByLabel('Person');
  await expect(person).toBeEnabled();
  await expect.poll(() => person.locator('option').count()).toBeGreaterThan(5);
  await page.getByRole('button', { name: 'New entry' }).click();
  const form = page.getByRole('dialog', { name: 'New entry' });
  await expect.poll(() => form.getByLabel('Person').locator('option').count()).toBeGreaterThan(5);
});
