import { expect, test } from '@playwright/test';
import type { TimeEntryWithTask, TimeEntryWithTaskPage } from '../contract/index.ts';
import { ids, grid, expectRows, goTo, day, FROM, TO, RANGE } from './entries-table-helpers.ts';
import { apiAs } from './support/api.ts';
import { signIn } from './support/session.ts';

test('rows work from the keyboard and open the entry, its menu and its time block', async ({
  page,
  request,
}) => {
  const api = apiAs(request, 'lead');
  const rows = (await api.get<TimeEntryWithTaskPage>(`/time-entries?${RANGE}&per_page=25`)).data;
  await signIn(page, 'lead', { path: `/?from=${FROM}&to=${TO}&per_page=25` });
  await expectRows(page, ids(rows));
  const row = (e: TimeEntryWithTask | undefined) => grid(page).locator(`tr[data-entry-id="${e?.id}"]`);
  await row(rows[0]).focus();
  await page.keyboard.press('ArrowDown');
  await expect(row(rows[1])).toBeFocused();
  await page.keyboard.press('End');
  await expect(row(rows.at(-1))).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(row(rows.at(-2))).toBeFocused();
  await page.keyboard.press('Home');
  await expect(row(rows[0])).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: `Select entry ${rows[0]?.id}` })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`form=edit:${rows[0]?.id}:${rows[0]?.task_id}`));
  await page.keyboard.press('Escape');

  const menu = page.getByRole('button', { name: `Actions for entry ${rows[1]?.id}` });
  await menu.click();
  await expect(page.getByRole('menu', { name: `Actions for entry ${rows[1]?.id}` })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Edit' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Duplicate' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(menu).toBeFocused();

  const inBlock = rows.find((e) => e.time_block_id) as TimeEntryWithTask;
  await page
    .getByRole('button', { name: `Open time block ${inBlock.time_block_id}` })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/time-blocks\\?ids=${inBlock.time_block_id}`));
});

test('shift-click selects a range; the header box selects the page', async ({ page }) => {
  await signIn(page, 'lead', { path: `/?from=${FROM}&to=${TO}&per_page=25` });
  const boxes = grid(page).getByRole('checkbox', { name: /^Select entry \d+$/ });
  await expect(boxes).toHaveCount(25);
  await boxes.nth(2).click();
  await boxes.nth(6).click({ modifiers: ['Shift'] });
  for (let i = 0; i < 10; i++) {
    if (i >= 2 && i <= 6) await expect(boxes.nth(i)).toBeChecked();
    else await expect(boxes.nth(i)).not.toBeChecked();
  }
  await expect(grid(page).locator('tbody tr[aria-selected="true"]')).toHaveCount(5);
  const all = page.getByRole('checkbox', { name: 'Select all on this page' });
  await all.check();
  await expect(grid(page).locator('tbody tr[aria-selected="true"]')).toHaveCount(25);
  await all.uncheck();
  await expect(grid(page).locator('tbody tr[aria-selected="true"]')).toHaveCount(0);
});

test('loading shows skeleton rows without a jump; an error shows the API message and retries', async ({
  page,
}) => {
  // Many round trips; on a busy machine they need more than the default minute.
  test.slow();
  let fail = true;
  await page.route('**/time-entries?*', async (route) => {
    // Sign-in checks the credentials with a one-row request; that one passes.
    const signInCheck = new URL(route.request().url()).searchParams.get('per_page') === '1';
    if (!fail || signInCheck) return route.continue();
    await new Promise((r) => setTimeout(r, 400));
    await route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({
        error: 'unavailable',
        error_description: 'The time-entry store is restarting.',
      }),
    });
  });
  await signIn(page, 'lead', { path: `/?from=${FROM}&to=${TO}` });
  await expect(grid(page).locator('tr.dt-skeleton-row').first()).toBeVisible();
  const area = page.locator('.entries-table-area');
  const pager = page.getByRole('navigation', { name: 'Pages' });
  const loading = [await area.boundingBox(), await pager.boundingBox()];
  // 5xx answers are retried a few times before the error shows.
  const alert = grid(page).getByRole('alert');
  await expect(alert).toContainText('The time-entry store is restarting.', { timeout: 30_000 });
  fail = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(grid(page).locator('tbody tr[data-entry-id]').first()).toBeVisible();
  expect([await area.boundingBox(), await pager.boundingBox()]).toEqual(loading);
});

test('hidden columns stay hidden after a reload', async ({ page }) => {
  await signIn(page, 'lead', { path: `/?from=${FROM}&to=${TO}`, keep: true });
  await expect(grid(page).getByRole('columnheader', { name: 'Project' })).toBeVisible();
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Project' }).uncheck();
  await page.getByRole('checkbox', { name: 'Client' }).check();
  await page.keyboard.press('Escape');
  await expect(grid(page).getByRole('columnheader', { name: 'Project' })).toHaveCount(0);
  await page.reload();
  await expect(grid(page).getByRole('columnheader', { name: 'Client' })).toBeVisible();
  await expect(grid(page).getByRole('columnheader', { name: 'Project' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('button', { name: 'Reset to default' }).click();
  await expect(grid(page).getByRole('columnheader', { name: 'Project' })).toBeVisible();
});

test('a running entry ticks; the archived view lists archived entries with their date', async ({
  page,
  request,
}) => {
  const api = apiAs(request, 'lead');
  const task = (await api.get<TimeEntryWithTaskPage>(`/time-entries?${RANGE}&per_page=1`)).data[0]
    ?.task_id as number;
  const created = await api.send('POST', `/tasks/${task}/time-entries`, {
    type: 'activity',
    start: new Date(Date.now() - 5 * 60_000).toISOString(),
    duration: null,
  });
  const running = created.body as TimeEntryWithTask;
  const toArchive = (await api.get<TimeEntryWithTaskPage>(`/time-entries?${RANGE}&per_page=1`))
    .data[0] as TimeEntryWithTask;
  expect(
    (await api.send('POST', `/tasks/${toArchive.task_id}/time-entries/${toArchive.id}/archive`)).status,
  ).toBe(204);
  try {
    // Yesterday and today: an entry started five minutes ago may have started before midnight in Berlin.
    await signIn(page, 'lead', { path: `/?from=${day(-1)}&to=${day(0)}` });
    const row = grid(page).locator(`tr[data-entry-id="${running.id}"]`);
    await expect(row).toHaveAttribute('data-running', 'true');
    await expect(row.getByText('Running')).toBeVisible();
    const clock = row.locator('.entries-running-time');
    await expect(clock).toHaveText(/^0:0[5-9]:\d\d$/);
    const before = await clock.textContent();
    await expect(clock).not.toHaveText(before as string, { timeout: 5_000 });

    const archived = await api.get<TimeEntryWithTaskPage>(`/time-entries?${RANGE}&archived=true&per_page=50`);
    expect(ids(archived.data)).toContain(toArchive.id);
    await goTo(page, `/archived?from=${FROM}&to=${TO}`);
    await expect(page.getByRole('heading', { name: 'Archived entries' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Archived' })).toBeVisible();
    await expectRows(page, ids(archived.data));
  } finally {
    await api.send('DELETE', `/tasks/${task}/time-entries/${running.id}`);
    await api.send('POST', `/tasks/${toArchive.task_id}/time-entries/${toArchive.id}/unarchive`);
  }
});
