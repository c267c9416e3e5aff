import { test } from '@playwright/test';
import { DEMO_ACCOUNTS } from '../server/demo/accounts.ts';
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

// Nothing typed is lost: failed saves, an expired session, conflicts, reloads and stray closes.
test.describe.configure({ timeout: JOURNEY_TIMEOUT });

test('a save that fails keeps every value and succeeds on retry', async ({ page, request }) => {
  const task = await taskNamed(request, 'Code review');
  const entry = await arrangeEntry(request, task);
  await openForm(page, `edit:${entry.id}:${task.id}`);
  const dialog = page.getByRole('dialog', { name: 'Edit entry' });
  await dialog.getByLabel('Duration').fill('2:45');
  await dialog.getByLabel('Start').fill('2026-03-02 12:00');

  const cut = `**/time-entries/${entry.id}`;
  await page.route(cut, (route) => (route.request().method() === 'PATCH' ? route.abort() : route.fallback()));
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: 'Not saved.' })).toContainText(
    'Could not reach the server',
  );
  await expect(dialog.getByLabel('Duration')).toHaveValue('2:45:00');
  await expect(dialog.getByLabel('Start')).toHaveValue('2026-03-02 12:00');
  await shot(page, 'save-failed');
  expect((await readEntry(request, task.id, entry.id)).duration).toBe(3600);

  await page.unroute(cut);
  // Hold the next answer back a moment so the saving state can be seen (and photographed).
  await page.route(cut, async (route) => {
    if (route.request().method() === 'PATCH') await new Promise((r) => setTimeout(r, 800));
    await route.fallback();
  });
  await dialog.getByRole('button', { name: 'Retry' }).click();
  await expect(dialog.getByRole('button', { name: 'Saving…' })).toBeDisabled();
  await shot(page, 'saving');
  await expect(dialog).toBeHidden();
  expect(await readEntry(request, task.id, entry.id)).toMatchObject({
    duration: 9900,
    start: '2026-03-02T11:00:00Z',
  });
});

test('a save answered with 401 keeps the form under the sign-in dialog; signing in again and retrying saves', async ({
  page,
  request,
}) => {
  const task = await taskNamed(request, 'Code review');
  const entry = await arrangeEntry(request, task);
  await openForm(page, `edit:${entry.id}:${task.id}`);
  const dialog = page.getByRole('dialog', { name: 'Edit entry' });
  await dialog.getByLabel('Duration').fill('1:45');

  const path = `**/time-entries/${entry.id}`;
  await page.route(path, (route) =>
    route.request().method() === 'PATCH'
      ? route.fulfill({
          status: 401,
          contentType: 'application/json',
          body: JSON.stringify({ error: 'invalid_session', error_description: 'The session has expired.' }),
        })
      : route.fallback(),
  );
  await dialog.getByRole('button', { name: 'Save' }).click();
  const again = page.getByRole('dialog', { name: 'Sign in again' });
  await expect(again).toBeVisible();
  await page.unroute(path);
  await again.getByLabel('Password').fill(DEMO_ACCOUNTS.lead.password);
  await again.getByRole('button', { name: 'Sign in' }).click();
  await expect(again).toBeHidden();

  await expect(dialog.getByLabel('Duration')).toHaveValue('1:45:00');
  await expect(dialog.getByRole('alert').filter({ hasText: 'Not saved.' })).toContainText(
    'Sign in again, then retry',
  );
  await dialog.getByRole('button', { name: 'Retry' }).click();
  await expect(dialog).toBeHidden();
  expect((await readEntry(request, task.id, entry.id)).duration).toBe(6300);
});

test('two tabs editing one entry get the conflict view instead of a silent overwrite', async ({
  context,
  request,
}) => {
  const task = await taskNamed(request, 'Code review');
  const entry = await arrangeEntry(request, task);
  const [mine, theirs] = [await context.newPage(), await context.newPage()];
  await openForm(mine, `edit:${entry.id}:${task.id}`);
  await openForm(theirs, `edit:${entry.id}:${task.id}`);
  const a = mine.getByRole('dialog', { name: 'Edit entry' });
  const b = theirs.getByRole('dialog', { name: 'Edit entry' });
  await expect(a.getByLabel('Duration')).toHaveValue('1:00:00');
  await expect(b.getByLabel('Duration')).toHaveValue('1:00:00');

  await b.getByLabel('Duration').fill('3:00');
  await b.getByLabel('Duration').press('Enter');
  await expect(b).toBeHidden();

  await a.getByLabel('Start').fill('2026-03-02 13:00');
  await a.getByRole('button', { name: 'Save' }).click();
  const changes = a.getByRole('table', { name: 'Changes' });
  await expect(a.getByText('This entry changed while you were editing it.')).toBeVisible();
  await expect(changes.getByRole('row', { name: /Duration/ })).toContainText('1:00:00');
  await expect(changes.getByRole('row', { name: /Duration/ })).toContainText('3:00:00');
  await expect(changes.getByRole('row', { name: /Start/ })).toContainText('2026-03-02 13:00');
  await shot(mine, 'conflict');
  expect((await readEntry(request, task.id, entry.id)).start).toBe('2026-03-02T08:00:00Z');

  await a.getByRole('button', { name: 'Use theirs' }).click();
  await expect(a.getByLabel('Duration')).toHaveValue('3:00:00');
  await expect(a.getByLabel('Start')).toHaveValue('2026-03-02 09:00');
  await a.getByLabel('Start').fill('2026-03-02 13:00');
  await a.getByRole('button', { name: 'Save' }).click();
  await expect(a).toBeHidden();
  expect(await readEntry(request, task.id, entry.id)).toMatchObject({
    duration: 10800,
    start: '2026-03-02T12:00:00Z',
  });

  // Again, and this time keep mine: the form's values win, openly.
  await openForm(mine, `edit:${entry.id}:${task.id}`);
  await expect(a.getByLabel('Duration')).toHaveValue('3:00:00');
  await apiAs(request).send('PATCH', `/tasks/${task.id}/time-entries/${entry.id}`, { type: 'break' });
  await a.getByLabel('Duration').fill('30m');
  await a.getByRole('button', { name: 'Save' }).click();
  await expect(a.getByRole('table', { name: 'Changes' }).getByRole('row', { name: /Type/ })).toContainText(
    'Break',
  );
  await a.getByRole('button', { name: 'Save mine anyway' }).click();
  await expect(a).toBeHidden();
  expect(await readEntry(request, task.id, entry.id)).toMatchObject({ duration: 1800, type: 'activity' });
});

test('an unsaved form survives a reload, and saving it clears the draft', async ({ page, request }) => {
  const task = await taskNamed(request, 'Code review');
  const entry = await arrangeEntry(request, task);
  await openForm(page, `edit:${entry.id}:${task.id}`, { keep: true });
  const dialog = page.getByRole('dialog', { name: 'Edit entry' });
  await dialog.getByLabel('Duration').fill('4:20');
  await dialog.getByLabel('Time block').fill('12');

  await page.reload();
  // After a reload the whole dashboard loads again behind the dialog: allow it time on a busy machine.
  await expect(dialog.getByText('Your unsaved changes from before were restored.')).toBeVisible({
    timeout: 30_000,
  });
  await expect(dialog.getByLabel('Duration')).toHaveValue('4:20:00');
  await expect(dialog.getByLabel('Time block')).toHaveValue('12');
  await shot(page, 'draft-restored');
  await expect(dialog.getByLabel('Start')).toBeFocused();

  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  expect(await readEntry(request, task.id, entry.id)).toMatchObject({ duration: 15600, time_block_id: 12 });
  const drafts = () =>
    page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('focus.draft.')));
  expect(await drafts()).toEqual([]);
});

test('closing with unsaved changes asks first; Escape backs out of the question', async ({
  page,
  request,
}) => {
  const task = await taskNamed(request, 'Code review');
  const entry = await arrangeEntry(request, task);
  await openForm(page, `edit:${entry.id}:${task.id}`, { keep: true });
  const dialog = page.getByRole('dialog', { name: 'Edit entry' });
  await dialog.getByLabel('Duration').fill('5:00');

  await page.keyboard.press('Escape');
  await expect(dialog.getByText('Discard your unsaved changes?')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await shot(page, 'confirm-close');
  await page.keyboard.press('Escape');
  await expect(dialog.getByText('Discard your unsaved changes?')).toBeHidden();
  await expect(dialog.getByLabel('Duration')).toHaveValue('5:00:00');

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.getByRole('button', { name: 'Discard changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).not.toHaveURL(/form=/);
  expect(
    await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('focus.draft.'))),
  ).toEqual([]);
  expect((await readEntry(request, task.id, entry.id)).duration).toBe(3600);

  // Nothing typed: Escape closes at once.
  await page.goto(`/archived?form=edit:${entry.id}:${task.id}`);
  await expect(dialog.getByLabel('Duration')).toHaveValue('1:00:00');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
