import { expect, test } from '@playwright/test';
import type { TimeEntryWithTask } from '../contract/index.ts';
import { apiAs } from './support/api.ts';
import { signIn } from './support/session.ts';

const stream = (archived: boolean) => {
  const from = new Date(Date.now() - 14 * 86_400_000).toISOString();
  const to = new Date(Date.now() + 86_400_000).toISOString();
  return `/time-entries/stream?date_from=${from}&date_to=${to}&include_taskless=true${archived ? '&archived=true' : ''}`;
};

test('the archived view lists archived entries with their date and unarchives a selection', async ({
  page,
  request,
}) => {
  // Whole-range table, an unarchive run and a History undo: slow on a busy two-core machine.
  test.setTimeout(120_000);
  const api = apiAs(request, 'lead');
  const picked = (await api.get<TimeEntryWithTask[]>(stream(false))).slice(0, 4);
  for (const e of picked) {
    expect((await api.send('POST', `/tasks/${e.task_id}/time-entries/${e.id}/archive`)).status).toBe(204);
  }
  const ids = picked.map((e) => e.id);

  await signIn(page, 'lead', { path: '/archived?range=last-30-days&mode=all' });
  await expect(page.getByRole('heading', { name: 'Archived entries' })).toBeVisible();
  for (const id of ids)
    await expect(page.getByRole('checkbox', { name: `Select entry ${id}` })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: /Archived/ })).toBeVisible();

  for (const id of ids.slice(0, 3)) await page.getByRole('checkbox', { name: `Select entry ${id}` }).check();
  const bar = page.getByRole('region', { name: 'Selected entries' });
  await expect(bar.getByRole('status')).toHaveText('3selected');
  await expect(bar.getByRole('button', { name: 'Archive', exact: true })).toHaveCount(0);
  await bar.getByRole('button', { name: 'Unarchive' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Unarchive 3 entries' }).click();
  await expect(page.getByText('Unarchived 3 entries')).toBeVisible();
  for (const id of ids.slice(0, 3))
    await expect(page.getByRole('checkbox', { name: `Select entry ${id}` })).toBeHidden();
  await expect(page.getByRole('checkbox', { name: `Select entry ${ids[3]}` })).toBeVisible();

  const stillArchived = new Set((await api.get<TimeEntryWithTask[]>(stream(true))).map((e) => e.id));
  expect(ids.map((id) => stillArchived.has(id))).toEqual([false, false, false, true]);

  // The undo is kept in History: archive them again from there.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  const record = page.getByRole('listitem', { name: 'Unarchived 3 entries' });
  await record.getByRole('button', { name: 'Archive again' }).click();
  await expect(record.getByText(/^Undone/)).toBeVisible();
  const again = new Set((await api.get<TimeEntryWithTask[]>(stream(true))).map((e) => e.id));
  expect(ids.every((id) => again.has(id))).toBe(true);
});

test('opened from the menu, the archived view shows the last 90 days, where archived entries are', async ({
  page,
}) => {
  await signIn(page, 'lead');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Archived' }).click();
  await expect(page.getByRole('heading', { name: 'Archived entries' })).toBeVisible();
  await expect(page.getByLabel('Range', { exact: true })).toHaveValue('last-90-days');
  // The demo data archives entries three weeks old and more: this week alone would show none.
  await expect(page.getByRole('checkbox', { name: /^Select entry \d+$/ }).first()).toBeVisible();
  await expect(page).toHaveURL(/\/archived$/);
  await page.getByLabel('Range', { exact: true }).selectOption('this-week');
  await expect(page).toHaveURL(/\/archived\?range=this-week$/);
});
