import { expect, test } from '@playwright/test';
import { signIn } from './support/session.ts';

// An entry the contract accepts (its start is any string) but no clock can show: drawing it throws.
const UNREADABLE = {
  id: 1,
  workspace_id: 1,
  toggl_user_id: 1,
  task_id: null,
  type: 'activity',
  start: 'not a time',
  duration: 60,
  time_block_id: 7,
  created_at: '2026-01-01T00:00:00Z',
};

test('a view that throws while rendering shows what happened, and Try again loads it afresh', async ({
  page,
}) => {
  const blocks = '**/api/organizations/1/workspaces/1/time-entries/time-block-ids/stream?*';
  await page.route(blocks, (route) => route.fulfill({ json: [UNREADABLE] }));
  await signIn(page, 'lead', { path: '/time-blocks?ids=7' });

  const alert = page.getByRole('alert').filter({ hasText: 'stopped working' });
  await expect(alert.getByRole('heading', { name: 'This view stopped working' })).toBeVisible();
  await expect(alert).toContainText('Invalid time value');
  // Only the view is replaced: the navigation still works and leaves the failure behind.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Entries' }).click();
  await expect(page.getByRole('heading', { name: 'Time entries' })).toBeVisible();
  await expect(alert).toBeHidden();

  await page.goBack();
  await expect(alert).toBeVisible();
  await page.unroute(blocks);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('region', { name: 'Time block 7' })).toBeVisible();
  await expect(alert).toBeHidden();
});

test('a view whose code fails to arrive says so, and Reload brings it', async ({ page }) => {
  const chunk = '**/assets/history-route-*.js';
  await signIn(page, 'lead', { keep: true });
  await page.route(chunk, (route) => route.abort('connectionreset'));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();

  const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(alert.getByRole('heading', { name: 'This view could not be loaded' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  await page.unroute(chunk);
  await alert.getByRole('button', { name: 'Reload' }).click();
  await expect(page).toHaveURL(/\/history$/);
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
  await expect(alert).toBeHidden();
});
