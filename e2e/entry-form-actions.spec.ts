import { test } from '@playwright/test';
import type { TimeEntry } from '../contract/index.ts';
import {
  JOURNEY_TIMEOUT,
  arrangeEntry,
  expect,
  openForm,
  readEntry,
  shot,
  taskNamed,
} from './entry-form-helpers.ts';
import { apiAs } from './support/api.ts';
import { signIn } from './support/session.ts';
import { day } from './entries-table-helpers.ts';

// Single-entry actions: archive, unarchive, delete with Undo, duplicate, from the row menu and the form.
test.describe.configure({ timeout: JOURNEY_TIMEOUT });

test('the row menu archives, unarchives, deletes with Undo, duplicates and edits', async ({
  page,
  request,
}) => {
  const task = await taskNamed(request, 'Code review');
  const start = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 3 * 3600_000).toISOString();
  const entry = await arrangeEntry(request, task, { start, duration: 1800 });
  // Three hours ago may be yesterday, or last week, in Berlin: show yesterday and today.
  await signIn(page, 'lead', { path: `/?from=${day(-1)}&to=${day(0)}` });
  const menuOf = (id: number) => page.getByRole('button', { name: `Actions for entry ${id}` });
  const choose = async (id: number, item: string) => {
    await menuOf(id).click();
    await page.getByRole('menuitem', { name: item }).click();
  };

  await choose(entry.id, 'Archive');
  await expect(page.getByText('Entry archived')).toBeVisible();
  await expect(menuOf(entry.id)).toBeHidden();
  expect((await readEntry(request, task.id, entry.id)).archived_at).not.toBeNull();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Archived' }).click();
  await choose(entry.id, 'Unarchive');
  await expect(page.getByText('Entry unarchived')).toBeVisible();
  await expect.poll(async () => (await readEntry(request, task.id, entry.id)).archived_at).toBeNull();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Entries' }).click();
  await choose(entry.id, 'Delete');
  const toast = page.locator('[data-sonner-toast]').filter({ hasText: 'Entry deleted' });
  await expect(toast).toBeVisible();
  await expect(menuOf(entry.id)).toBeHidden();
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Entry restored')).toBeVisible();
  await expect(menuOf(entry.id)).toBeVisible();

  await choose(entry.id, 'Duplicate');
  const copy = page.getByRole('dialog', { name: 'Duplicate entry' });
  await expect(copy.getByLabel('Duration')).toHaveValue('0:30:00');
  await expect(copy.getByRole('combobox', { name: 'Task' })).toHaveValue('Code review');
  const created = page.waitForResponse(
    (r) => r.request().method() === 'POST' && r.url().includes('/time-entries'),
  );
  await copy.getByRole('button', { name: 'Create entry' }).click();
  const { id: copyId } = (await (await created).json()) as TimeEntry;
  expect(copyId).not.toBe(entry.id);
  expect(await readEntry(request, task.id, copyId)).toMatchObject({
    duration: 1800,
    start: entry.start?.replace('.000Z', 'Z'),
  });

  await choose(entry.id, 'Edit');
  const edit = page.getByRole('dialog', { name: 'Edit entry' });
  await expect(edit.getByLabel('Start')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(edit).toBeHidden();
  await expect(menuOf(entry.id)).toBeFocused();
});

test('archives, unarchives, deletes and undoes the delete', async ({ page, request }) => {
  const task = await taskNamed(request, 'Code review');
  const entry = await arrangeEntry(request, task);
  await openForm(page, `edit:${entry.id}:${task.id}`);
  const dialog = page.getByRole('dialog', { name: 'Edit entry' });

  await dialog.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText('Entry archived')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Unarchive' })).toBeVisible();
  await expect.poll(async () => (await readEntry(request, task.id, entry.id)).archived_at).not.toBeNull();

  await dialog.getByRole('button', { name: 'Unarchive' }).click();
  await expect(page.getByText('Entry unarchived')).toBeVisible();
  await expect.poll(async () => (await readEntry(request, task.id, entry.id)).archived_at).toBeNull();

  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
  const toast = page.locator('[data-sonner-toast]').filter({ hasText: 'Entry deleted' });
  await expect(toast).toBeVisible();
  expect(
    (
      await apiAs(request).raw(`/api/organizations/1/workspaces/1/tasks/${task.id}/time-entries/${entry.id}`)
    ).status(),
  ).toBe(404);
  const logged = () =>
    page.evaluate((id) => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('focus.deleted.'));
      const list = key ? (JSON.parse(localStorage.getItem(key) ?? '[]') as { entry: { id: number } }[]) : [];
      return list.some((r) => r.entry.id === id);
    }, entry.id);
  expect(await logged()).toBe(true);
  await shot(page, 'deleted-toast');

  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Entry restored')).toBeVisible();
  expect(await readEntry(request, task.id, entry.id)).toMatchObject({ id: entry.id, duration: 3600 });
  expect(await logged()).toBe(false);
});
