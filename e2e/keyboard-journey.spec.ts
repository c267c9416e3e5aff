import { expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS as ACCOUNTS } from '../server/demo/accounts.ts';
import { keyCounter } from './support/keys.ts';

test.setTimeout(120_000);

const row = (page: import('@playwright/test').Page, id: number) => page.locator(`tr[data-entry-id="${id}"]`);

test('keyboard only: sign in, edit the first row, select three, delete them, undo — in 25 keys at most', async ({
  page,
}) => {
  const keys = await keyCounter(page);
  await page.goto('/');
  const email = page.getByLabel('Email');
  await expect(email).toBeFocused();

  // Sign in.
  await keys.type(ACCOUNTS.lead.email);
  await keys.until('Tab', page.getByLabel('Password'));
  await keys.type(ACCOUNTS.lead.password);
  await keys.until('Tab', page.getByLabel('Organization ID'));
  await keys.type('1');
  await keys.until('Tab', page.getByLabel('Workspace ID'));
  await keys.type('1');
  await keys.press('Enter');

  // To the first row: the skip link is the first stop on the page.
  const rows = page.locator('tr[data-entry-id]');
  await expect(rows.first()).toBeVisible();
  const skip = page.getByRole('link', { name: 'Skip to entries' });
  await keys.until('Tab', skip);
  await keys.press('Enter');
  await expect(rows.first()).toBeFocused();
  const ids = await rows.evaluateAll((rs) =>
    rs.slice(0, 3).map((r) => Number(r.getAttribute('data-entry-id'))),
  );
  const [first] = ids as [number, number, number];

  // Edit its duration and save: Enter opens the row, the form starts on Start, Duration is next.
  await keys.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Edit entry' });
  const duration = dialog.getByLabel('Duration');
  await expect(duration).toBeEnabled();
  await keys.until('Tab', duration);
  await keys.type('1:23');
  await keys.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(row(page, first)).toBeFocused();
  await expect(row(page, first)).toContainText('1:23');

  // Select three rows: Space, then Shift+↓ twice.
  await keys.press('Space');
  await keys.press('Shift+ArrowDown');
  await keys.press('Shift+ArrowDown');
  const bar = page.getByRole('region', { name: 'Selected entries' });
  await expect(bar.getByRole('status')).toHaveText(/^3\s*selected/);

  // Delete the selection: the Delete key asks first; Cancel has focus, Delete is one Tab on.
  await keys.press('Delete');
  const confirm = page.getByRole('dialog', { name: 'Delete 3 entries?' });
  await keys.until('Tab', confirm.getByRole('button', { name: 'Delete 3 entries' }));
  await keys.press('Enter');
  await expect(page.getByText('Deleted 3 entries')).toBeVisible();
  for (const id of ids) await expect(row(page, id)).toBeHidden();
  // Focus went to the row that took the deleted ones' place, not to the page.
  await expect(page.locator('tr[data-entry-id]:focus')).toHaveCount(1);

  // Undo: Control+Z undoes the last change in History.
  await keys.press('Control+z');
  await expect(page.getByText('Undone: Deleted 3 entries')).toBeVisible();
  for (const id of ids) await expect(row(page, id)).toBeVisible();

  expect(await keys.bodyFocus(), 'focus rested on the page body').toEqual([]);
  console.log(`keyboard journey: ${keys.count} key presses: ${keys.presses.join(' ')}`);
  expect(keys.count, `where each Tab or arrow went: ${keys.trail.join(', ')}`).toBeLessThanOrEqual(25);
});
