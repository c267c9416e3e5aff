import { expect, test, type Page } from '@playwright/test';
import { goTo } from './entries-table-helpers.ts';
import { apiAs } from './support/api.ts';
import { axeScanner } from './support/axe.ts';
import { signIn } from './support/session.ts';

// Every screen, dialog and popup through axe (WCAG 2.2 A and AA rules, all impacts), at a desktop and a
// phone width, in the light and the dark scheme. CSP is bypassed for this spec's contexts only, so axe's
// script can be injected. Buttons are pressed with the keyboard (Enter), as a keyboard user would: what
// is scanned here are the rules; whether each button fits the screen is the layout tests' business.
test.use({ bypassCSP: true });
test.setTimeout(480_000);

const WIDTHS = [
  { name: 'desktop', viewport: { width: 1440, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;
const THEMES = ['light', 'dark'] as const;
// A dialog or popup is scanned on its own: the page behind it has been scanned as a screen already.
const DIALOG = '[role="dialog"]';
const POPUP = '[popover]';
const FILTERS = '[role="group"][aria-label="Filters"]';
const TOASTS = '[data-sonner-toaster]';

const bar = (page: Page) => page.getByRole('region', { name: 'Selected entries' });
const firstRows = (page: Page, n: number) =>
  page
    .locator('tr[data-entry-id]')
    .evaluateAll(
      (rows, count) => rows.slice(0, count).map((r) => Number(r.getAttribute('data-entry-id'))),
      n,
    );
async function select(page: Page, ids: number[]) {
  for (const id of ids) await page.getByRole('checkbox', { name: `Select entry ${id}` }).check();
}
async function closeDialog(page: Page) {
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

for (const width of WIDTHS) {
  for (const theme of THEMES) {
    test.describe(`${width.name}, ${theme}`, () => {
      test.use({ viewport: width.viewport, colorScheme: theme });

      test(`axe finds nothing on any screen or dialog (${width.name}, ${theme})`, async ({
        page,
        request,
      }) => {
        const axe = axeScanner(page);
        await page.goto('/');
        await axe.scan('sign-in');
        await page.getByRole('button', { name: 'Sign in' }).click();
        await expect(page.getByText(/enter your email/i).first()).toBeVisible();
        await axe.scan('sign-in with errors');

        await signIn(page, 'lead', { path: '/?range=last-week&per_page=25' });
        await expect(page.locator('tr[data-entry-id]').first()).toBeVisible();
        await axe.scan('entries, paged');
        await screenWidgets(page, axe.scan);
        await entryForm(page, request, axe.scan);
        await bulkDialogs(page, axe.scan);

        await page.getByRole('radio', { name: 'Whole range' }).check();
        await expect(page.locator('tr[data-entry-id]').first()).toBeVisible();
        await axe.scan('entries, whole range');

        await goTo(page, '/archived');
        await expect(page.getByRole('heading', { name: 'Archived entries' })).toBeVisible();
        await expect(page.locator('tr[data-entry-id]').first()).toBeVisible();
        await axe.scan('archived');
        await goTo(page, '/deleted');
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await axe.scan('recently deleted');
        await goTo(page, '/history');
        await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
        await axe.scan('history');
        await goTo(page, '/attention');
        await expect(page.getByRole('heading', { name: 'Needs attention', level: 1 })).toBeVisible();
        await expect(page.getByRole('button', { name: /^Preview fix/ }).first()).toBeVisible();
        await axe.scan('needs attention');
        await page
          .getByRole('button', { name: /^Preview fix/ })
          .first()
          .press('Enter');
        await expect(page.getByRole('dialog', { name: /^Preview/ })).toBeVisible();
        await axe.scan('needs attention, fix preview', DIALOG);
        await closeDialog(page);
        const [block] = (
          await apiAs(request).get<{ time_block_id: number | null }[]>(
            `/time-entries/stream?date_from=${new Date(Date.now() - 30 * 86_400_000).toISOString()}&date_to=${new Date().toISOString()}`,
          )
        ).filter((e) => e.time_block_id);
        await goTo(page, `/time-blocks?ids=${block?.time_block_id}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await axe.scan('time blocks');
        await goTo(page, '/no-such-page');
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await axe.scan('an unknown address');
        // The deletes above left history in this browser: Sign out asks first. Phones keep it in the Menu.
        const menu = page.getByRole('button', { name: 'Menu' });
        if (await menu.isVisible()) await menu.press('Enter');
        await page.getByRole('button', { name: 'Sign out', exact: true }).press('Enter');
        await expect(page.getByRole('dialog', { name: 'Sign out?' })).toBeVisible();
        await axe.scan('sign out, confirm', DIALOG);

        console.log(
          `axe ${width.name}/${theme}: ${axe.scanned.length} scans, ${axe.found.length} violations`,
        );
        expect(axe.found).toEqual([]);
      });
    });
  }
}

type Scan = (where: string, include?: string) => Promise<void>;

/** The entries screen's popups: the columns menu, a row menu, the task list, the shortcut help. */
async function screenWidgets(page: Page, scan: Scan) {
  // A phone shows entries as cards, which have no columns to choose.
  const columns = page.getByRole('button', { name: /^Columns/ });
  if (await columns.isVisible()) {
    await columns.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Show columns' })).toBeVisible();
    await scan('columns menu', POPUP);
    await page.keyboard.press('Escape');
  }

  const [first] = await firstRows(page, 1);
  await page.getByRole('button', { name: `Actions for entry ${first}` }).press('Enter');
  await expect(page.getByRole('menu')).toBeVisible();
  await scan('row menu', POPUP);
  await page.keyboard.press('Escape');

  // Narrower screens fold the filters behind a Filters button.
  const folded = page.getByRole('button', { name: /^Filters/ });
  if (await folded.isVisible()) {
    await folded.press('Enter');
    await expect(folded).toHaveAttribute('aria-expanded', 'true');
    await scan('filters panel', FILTERS);
  }
  const task = page.getByRole('group', { name: 'Filters' }).getByRole('combobox', { name: 'Task' });
  await task.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('listbox', { name: 'Tasks' })).toBeVisible();
  await scan('task filter list', FILTERS);
  await page.keyboard.press('Escape');
  await task.blur();
  if (await folded.isVisible()) await folded.press('Enter');

  await page.locator('tr[data-entry-id]').first().focus();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await scan('keyboard shortcuts', DIALOG);
  await closeDialog(page);
}

/** The entry form in each of its states. */
async function entryForm(page: Page, request: import('@playwright/test').APIRequestContext, scan: Scan) {
  await page.getByRole('button', { name: 'New entry' }).press('Enter');
  const create = page.getByRole('dialog', { name: 'New entry' });
  await expect(create.getByLabel('Duration')).toBeVisible();
  await scan('new entry', DIALOG);
  await create.getByLabel('Start').fill('');
  await create.getByRole('button', { name: /^(Save|Create)/ }).press('Enter');
  await expect(create.locator('[aria-invalid="true"]').first()).toBeVisible();
  await scan('new entry with errors', DIALOG);
  await create.getByLabel('Task').fill('sprint');
  await expect(create.getByRole('listbox', { name: 'Tasks' }).getByRole('option').first()).toBeVisible();
  await scan('new entry, task list open', DIALOG);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(create.getByRole('button', { name: /discard/i })).toBeVisible();
  await scan('new entry, discard changes?', DIALOG);
  await create.getByRole('button', { name: /discard/i }).press('Enter');
  await expect(create).toBeHidden();

  const [id] = await firstRows(page, 1);
  const row = page.locator(`tr[data-entry-id="${id}"]`);
  // Loading: the entry's read is held back a moment.
  const one = `**/time-entries/${id}`;
  await page.route(one, async (route) => {
    if (route.request().method() === 'GET') await new Promise((r) => setTimeout(r, 1500));
    await route.fallback();
  });
  await row.focus();
  await page.keyboard.press('Enter');
  const edit = page.getByRole('dialog', { name: 'Edit entry' });
  await expect(edit.getByLabel('Loading the entry')).toBeVisible();
  await scan('edit entry, loading', DIALOG);
  await expect(edit.getByLabel('Duration')).toBeVisible();
  await scan('edit entry', DIALOG);

  // A failed save keeps the form, with its error.
  await page.unroute(one);
  await page.route(one, (route) => (route.request().method() === 'PATCH' ? route.abort() : route.fallback()));
  await edit.getByLabel('Duration').fill('2:05');
  await edit.getByRole('button', { name: 'Save' }).press('Enter');
  await expect(edit.getByRole('alert').filter({ hasText: 'Not saved.' })).toBeVisible();
  await scan('edit entry, save failed', DIALOG);
  await page.unroute(one);

  // Someone else changed it meanwhile: the conflict view.
  const url = new URL(page.url());
  const [, , taskId] = (url.searchParams.get('form') ?? '').split(':');
  await apiAs(request).send('PATCH', `/tasks/${taskId}/time-entries/${id}`, { duration: 4321 });
  await edit.getByRole('button', { name: /Retry|Save/ }).press('Enter');
  await expect(edit.getByText('This entry changed while you were editing it.')).toBeVisible();
  await scan('edit entry, conflict', DIALOG);
  await edit.getByRole('button', { name: 'Use theirs' }).press('Enter');
  await edit.getByRole('button', { name: 'Cancel' }).press('Enter');
  if (await edit.getByRole('button', { name: /discard/i }).isVisible())
    await edit.getByRole('button', { name: /discard/i }).press('Enter');
  await expect(edit).toBeHidden();

  // Could not load at all (another row: this one's answer is cached by now).
  const [, other] = await firstRows(page, 2);
  const otherPath = `**/time-entries/${other}`;
  await page.route(otherPath, (route) =>
    route.request().method() === 'GET' ? route.fulfill({ status: 500, body: '{}' }) : route.fallback(),
  );
  await page.locator(`tr[data-entry-id="${other}"]`).focus();
  await page.keyboard.press('Enter');
  await expect(edit.getByRole('alert')).toContainText('Could not load');
  await scan('edit entry, could not load', DIALOG);
  await closeDialog(page);
  await page.unroute(otherPath);

  await page.getByRole('button', { name: `Actions for entry ${id}` }).press('Enter');
  await page.getByRole('menuitem', { name: 'Duplicate' }).press('Enter');
  const duplicate = page.getByRole('dialog', { name: 'Duplicate entry' });
  await expect(duplicate.getByLabel('Duration')).toBeVisible();
  await scan('duplicate entry', DIALOG);
  await closeDialog(page);
}

/** With rows selected: the bulk bar and each bulk dialog, the archive report with a failure, a toast. */
async function bulkDialogs(page: Page, scan: Scan) {
  // The preview of a whole page of rows scrolls: the keyboard must be able to scroll it.
  await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
  await expect(bar(page)).toBeVisible();
  await scan('entries with a selection', '.entries-selection');
  await bar(page).getByRole('button', { name: 'Edit…' }).press('Enter');
  const form = page.getByRole('dialog', { name: 'Bulk edit' });
  await scan('bulk edit', DIALOG);
  await form.getByLabel('Shift start by').fill('+1h');
  await form.getByRole('button', { name: 'Preview changes' }).press('Enter');
  const preview = page.getByRole('dialog', { name: 'Preview bulk edit' });
  await expect(preview.locator('tr[data-entry-id]').first()).toBeVisible();
  await scan('bulk edit preview', DIALOG);
  await preview.getByRole('button', { name: 'Cancel' }).press('Enter');
  await expect(preview).toBeHidden();
  await bar(page).getByRole('button', { name: 'Clear selection' }).press('Enter');

  const ids = await firstRows(page, 3);
  await select(page, ids);
  await bar(page).getByRole('button', { name: 'Duplicate…' }).press('Enter');
  await expect(page.getByRole('dialog', { name: /^Duplicate/ })).toBeVisible();
  await scan('bulk duplicate', DIALOG);
  await closeDialog(page);

  await bar(page).getByRole('button', { name: 'Delete', exact: true }).press('Enter');
  await expect(page.getByRole('dialog', { name: 'Delete 3 entries?' })).toBeVisible();
  await scan('bulk delete, confirm', DIALOG);
  await closeDialog(page);

  // Archive with one failure: the report names it.
  const victim = ids[1];
  await page.route(`**/time-entries/${victim}/archive`, (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: '{"error":"unavailable","error_description":"Busy; try again."}',
    }),
  );
  await bar(page).getByRole('button', { name: 'Archive' }).press('Enter');
  const run = page.getByRole('dialog', { name: 'Archive entries' });
  await scan('archive, confirm', DIALOG);
  await run.getByRole('button', { name: 'Archive 3 entries' }).press('Enter');
  await expect(run.getByRole('heading')).toHaveText('2 archived, 1 failed');
  await scan('archive report', DIALOG);
  await page.unroute(`**/time-entries/${victim}/archive`);
  await run.getByRole('button', { name: 'Retry failed (1)' }).press('Enter');
  await expect(run).toBeHidden();
  await expect(page.getByText('Archived 3 entries')).toBeVisible();
  for (const id of ids) await expect(page.locator(`tr[data-entry-id="${id}"]`)).toBeHidden();
  await scan('a success toast with Undo', TOASTS);

  // Two deletions leave something in Recently deleted and History for those screens.
  const more = await firstRows(page, 2);
  await expect(bar(page)).toBeHidden();
  await select(page, more);
  await bar(page).getByRole('button', { name: 'Delete', exact: true }).press('Enter');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete 2 entries' }).press('Enter');
  await expect(page.getByText('Deleted 2 entries')).toBeVisible();
}
