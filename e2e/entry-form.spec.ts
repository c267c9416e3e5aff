import { test } from '@playwright/test';
import type { TimeEntry } from '../contract/index.ts';
import {
  JOURNEY_TIMEOUT,
  arrangeEntry,
  chooseType,
  countEntryRequests,
  expect,
  openForm,
  readEntry,
  shot,
  taskNamed,
} from './entry-form-helpers.ts';
import { apiAs } from './support/api.ts';
import { signIn } from './support/session.ts';

// Creating and editing through the entry form; every bad input stays in the browser.
test.describe.configure({ timeout: JOURNEY_TIMEOUT });

test('creates an entry on the chosen task, from the keyboard, and it shows in the table', async ({
  page,
  request,
}) => {
  const task = await taskNamed(request, 'Sprint planning');
  await signIn(page, 'lead');
  await page.getByRole('button', { name: 'New entry' }).click();
  const dialog = page.getByRole('dialog', { name: 'New entry' });
  // Opens on its first field, with Start preset to now (so the new row lands in this week's table).
  await expect(dialog.getByLabel('Start')).toBeFocused();
  await expect(dialog.getByLabel('Start')).toHaveValue(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  await expect(dialog.getByText('Leave empty to start a running entry')).toBeVisible();
  await shot(page, 'empty');

  await dialog.getByLabel('Duration').fill('1h 30m');
  await dialog.getByLabel('Duration').blur();
  await expect(dialog.getByLabel('Duration')).toHaveValue('1:30:00');
  await dialog.getByRole('combobox', { name: 'Task' }).fill('sprint');
  await dialog.getByRole('option', { name: /Sprint planning/ }).click();
  await expect(dialog.getByRole('combobox', { name: 'Task' })).toHaveValue('Sprint planning');
  await chooseType(dialog, 'Break');

  const created = page.waitForResponse(
    (r) => r.request().method() === 'POST' && r.url().includes('/time-entries'),
  );
  await dialog.getByLabel('Duration').press('Enter');
  const response = await created;
  expect(response.status()).toBe(201);
  const { id } = (await response.json()) as TimeEntry;
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Entry created')).toBeVisible();

  const saved = await readEntry(request, task.id, id);
  expect(saved).toMatchObject({ type: 'break', duration: 5400, task_id: task.id });
  expect(Math.abs(Date.parse(saved.start ?? '') - Date.now())).toBeLessThan(3 * 60_000);
  await expect(page.getByRole('button', { name: `Actions for entry ${id}` })).toBeVisible();
  // Focus went back to what opened the form.
  await expect(page.getByRole('button', { name: 'New entry' })).toBeFocused();
});

test("a typed start is read in the person's time zone and sent as UTC", async ({ page, request }) => {
  const task = await taskNamed(request, 'Sprint planning');
  await openForm(page, 'new');
  const dialog = page.getByRole('dialog', { name: 'New entry' });
  await dialog.getByLabel('Start').fill('2026-07-03 09:15');
  await dialog.getByLabel('Duration').fill('45m');
  await dialog.getByRole('combobox', { name: 'Task' }).fill('sprint');
  await dialog.getByRole('option', { name: /Sprint planning/ }).click();
  const created = page.waitForResponse(
    (r) => r.request().method() === 'POST' && r.url().includes('/time-entries'),
  );
  await dialog.getByRole('button', { name: 'Create entry' }).click();
  const sent = (await created).request().postDataJSON() as Record<string, unknown>;
  expect(sent).toEqual({
    type: 'activity',
    start: '2026-07-03T07:15:00Z',
    duration: 2700,
    time_block_id: null,
  });
  const { id } = (await (await created).json()) as TimeEntry;
  expect(await readEntry(request, task.id, id)).toMatchObject({
    start: '2026-07-03T07:15:00Z',
    duration: 2700,
  });
});

test('edits start and duration with PATCH, and uses PUT when every field is replaced', async ({
  page,
  request,
}) => {
  const task = await taskNamed(request, 'Code review');
  const entry = await arrangeEntry(request, task);
  const methods: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes(`/time-entries/${entry.id}`)) methods.push(r.method());
  });
  await openForm(page, `edit:${entry.id}:${task.id}`, { keep: true });
  const dialog = page.getByRole('dialog', { name: 'Edit entry' });
  await expect(dialog.getByLabel('Start')).toHaveValue('2026-03-02 09:00');
  await expect(dialog.getByLabel('Duration')).toHaveValue('1:00:00');

  await dialog.getByLabel('Start').fill('2026-03-02 10:30');
  await dialog.getByLabel('Duration').fill('2:15');
  await dialog.getByLabel('Duration').press('Enter');
  await expect(dialog).toBeHidden();
  await expect
    .poll(() => readEntry(request, task.id, entry.id))
    .toMatchObject({ start: '2026-03-02T09:30:00Z', duration: 8100 });
  expect(methods).toContain('PATCH');
  expect(methods).not.toContain('PUT');

  await page.goto(`/archived?form=edit:${entry.id}:${task.id}`);
  await expect(dialog.getByLabel('Duration')).toHaveValue('2:15:00');
  await dialog.getByLabel('Start').fill('2026-03-04 07:00');
  await dialog.getByLabel('Duration').fill('45m');
  await chooseType(dialog, 'Break');
  await dialog.getByLabel('Time block').fill('77');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  expect(methods).toContain('PUT');
  expect(await readEntry(request, task.id, entry.id)).toMatchObject({
    start: '2026-03-04T06:00:00Z',
    duration: 2700,
    type: 'break',
    time_block_id: 77,
  });
});

test('moves an entry to another task', async ({ page, request }) => {
  const from = await taskNamed(request, 'Code review');
  const to = await taskNamed(request, 'Hiring interviews');
  const entry = await arrangeEntry(request, from);
  await openForm(page, `edit:${entry.id}:${from.id}`);
  const dialog = page.getByRole('dialog', { name: 'Edit entry' });
  const picker = dialog.getByRole('combobox', { name: 'Task' });
  await expect(picker).toHaveValue('Code review');
  // Escape in the open list closes the list, not the dialog.
  await picker.fill('hir');
  await expect(dialog.getByRole('listbox', { name: 'Tasks' })).toBeVisible();
  await picker.press('Escape');
  await expect(dialog.getByRole('listbox', { name: 'Tasks' })).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(picker).toHaveValue('Code review');
  await picker.fill('hiring');
  await expect(dialog.getByRole('option')).toHaveCount(1);
  await picker.press('ArrowDown');
  await expect(dialog.getByRole('option', { name: /Hiring interviews/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await picker.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(picker).toHaveValue('Hiring interviews');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  expect(await readEntry(request, to.id, entry.id)).toMatchObject({ task_id: to.id, duration: 3600 });
  expect((await apiAs(request).send('DELETE', `/tasks/${from.id}/time-entries/${entry.id}`)).status).toBe(
    404,
  );
});

test('refuses bad input beside the field and sends nothing', async ({ page, request }) => {
  const task = await taskNamed(request, 'Code review');
  const entry = await arrangeEntry(request, task);
  await openForm(page, `edit:${entry.id}:${task.id}`);
  const dialog = page.getByRole('dialog', { name: 'Edit entry' });
  const start = dialog.getByLabel('Start');
  const duration = dialog.getByLabel('Duration');
  await expect(duration).toHaveValue('1:00:00');
  const sent = countEntryRequests(page);

  await duration.fill('abc');
  await duration.press('Enter');
  await expect(dialog.getByText('“abc” is not a duration.', { exact: false })).toBeVisible();
  await expect(duration).toHaveAttribute('aria-invalid', 'true');
  await shot(page, 'invalid');

  await duration.fill('-1h');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Duration cannot be negative.')).toBeVisible();

  await duration.fill('1:30');
  await start.fill('not a date');
  await start.press('Enter');
  await expect(dialog.getByText(/Enter a date and time as YYYY-MM-DD HH:MM/)).toBeVisible();
  await expect(dialog.getByText('Duration cannot be negative.')).toBeHidden();

  await start.fill('2026-02-30 10:00');
  await start.press('Enter');
  await expect(dialog.getByText('2026-02-30 is not a date in the calendar.')).toBeVisible();
  expect(sent).toEqual([]);
  expect(await readEntry(request, task.id, entry.id)).toMatchObject({
    duration: 3600,
    start: '2026-03-02T08:00:00Z',
  });

  await start.fill('2026-03-02 11:00');
  await start.press('Enter');
  await expect(dialog).toBeHidden();
  expect(sent.some((r) => r.startsWith('PATCH'))).toBe(true);
  expect(await readEntry(request, task.id, entry.id)).toMatchObject({
    duration: 5400,
    start: '2026-03-02T10:00:00Z',
  });
});

test('a member creates entries only for themselves: the Person field offers no one else', async ({
  page,
  request,
}) => {
  const task = await taskNamed(request, 'Code review');
  await signIn(page, 'member', { path: '/archived?form=new' });
  const dialog = page.getByRole('dialog', { name: 'New entry' });
  await dialog.getByLabel('Duration').fill('30m');
  await dialog.getByRole('combobox', { name: 'Task' }).fill('code rev');
  await dialog.getByRole('option', { name: /Code review/ }).click();
  // Picking someone else could only end in a refusal: the member is offered just themselves.
  const person = dialog.getByLabel('Person');
  await expect(person).toBeDisabled();
  await expect(person.locator('option')).toHaveText([/^Me \(/]);
  await expect(dialog.getByText('You can add entries for yourself only.')).toBeVisible();
  await shot(page, 'permission');

  await dialog.getByRole('button', { name: 'Create entry' }).click();
  await expect(dialog).toBeHidden();
  expect(task.id).toBeGreaterThan(0);
});
