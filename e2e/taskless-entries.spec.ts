import { test, type APIRequestContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseCsv } from '../src/lib/csv.ts';
import type { TimeEntry } from '../contract/index.ts';
import { at, day, grid } from './entries-table-helpers.ts';
import { JOURNEY_TIMEOUT, expect, shot } from './entry-form-helpers.ts';
import { apiAs } from './support/api.ts';
import { signIn } from './support/session.ts';

// Entries without a task, which the real API has now: listed, opened, edited and exported like any other.
test.describe.configure({ timeout: JOURNEY_TIMEOUT });

/** A taskless entry of the lead's, at 08:00 Berlin time on a day of its own. */
async function arrangeTaskless(request: APIRequestContext, onDay: string): Promise<TimeEntry> {
  const res = await apiAs(request).send('POST', '/time-entries', {
    type: 'activity',
    start: new Date(at(onDay, 8)).toISOString(),
    duration: 25 * 60,
  });
  expect(res.status).toBe(201);
  return res.body as TimeEntry;
}

const readById = (request: APIRequestContext, id: number) =>
  apiAs(request).get<TimeEntry>(`/time-entries/${id}`);

test('the table lists an entry without a task as "No task", and the CSV names it so', async ({
  page,
  request,
}) => {
  const onDay = day(-401);
  const entry = await arrangeTaskless(request, onDay);
  // The API leaves taskless entries out unless asked; the table asks.
  const listed = page.waitForRequest(
    (r) =>
      r.url().includes('/time-entries?') && new URL(r.url()).searchParams.get('include_taskless') === 'true',
  );
  await signIn(page, 'lead', { path: `/?from=${onDay}&to=${onDay}` });
  await listed;
  const row = grid(page).locator(`tr[data-entry-id="${entry.id}"]`);
  await expect(row).toBeVisible();
  await expect(row.getByRole('gridcell', { name: 'No task' })).toBeVisible();
  await shot(page, 'taskless-row');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const [header, ...rows] = parseCsv(readFileSync(await download.path(), 'utf8'));
  const csvRow = rows.find((r) => Number(r[0]) === entry.id);
  const column = (name: string) => csvRow?.[header?.indexOf(name) ?? -1];
  expect([column('Task'), column('Project'), column('Duration (h:mm:ss)')]).toEqual([
    'No task',
    '',
    '0:25:00',
  ]);
});

test('the form edits an entry without a task, which may keep none or be given one', async ({
  page,
  request,
}) => {
  const onDay = day(-402);
  const entry = await arrangeTaskless(request, onDay);
  await signIn(page, 'lead', { path: `/?from=${onDay}&to=${onDay}` });
  await grid(page).locator(`tr[data-entry-id="${entry.id}"]`).click();
  const dialog = page.getByRole('dialog', { name: 'Edit entry' });
  const task = dialog.getByRole('combobox', { name: 'Task' });
  await expect(task).toHaveValue('');
  await expect(task).toHaveAttribute('placeholder', 'No task');
  await expect(dialog.getByText('This entry has no task.')).toBeVisible();
  await shot(page, 'taskless');

  // Saved without a task: the change goes to the entry by its id alone.
  await dialog.getByLabel('Duration').fill('45m');
  const patched = page.waitForRequest((r) => r.method() === 'PATCH');
  await dialog.getByLabel('Duration').press('Enter');
  expect(new URL((await patched).url()).pathname).toBe(
    `/api/organizations/1/workspaces/1/time-entries/${entry.id}`,
  );
  await expect(dialog).toBeHidden();
  await expect.poll(() => readById(request, entry.id)).toMatchObject({ duration: 2700, task_id: null });

  // Given a task, it shows under that task from then on.
  await grid(page).locator(`tr[data-entry-id="${entry.id}"]`).click();
  await task.fill('sprint');
  await dialog.getByRole('option', { name: /Sprint planning/ }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await readById(request, entry.id)).task_id).not.toBeNull();
  await expect(
    grid(page).locator(`tr[data-entry-id="${entry.id}"]`).getByRole('gridcell', { name: 'Sprint planning' }),
  ).toBeVisible();
});
