import { expect, test, type Page } from '@playwright/test';
import { focusedElement } from './support/keys.ts';
import { signIn } from './support/session.ts';

// The widgets on their WAI-ARIA patterns, driven by the keyboard as a person would.
test.setTimeout(90_000);

const rows = (page: Page) => page.locator('tr[data-entry-id]');
const PATH = '/?range=last-week&per_page=25';

test('the row menu: opened from the row, arrows and type-ahead inside, Tab closes it and moves on', async ({
  page,
}) => {
  await signIn(page, 'lead', { path: PATH });
  const row = rows(page).nth(1);
  const id = await row.getAttribute('data-entry-id');
  await row.focus();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: `Actions for entry ${id}` });
  const button = page.getByRole('button', { name: `Actions for entry ${id}` });
  await expect(menu).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const item = (name: string) => menu.getByRole('menuitem', { name });
  await expect(item('Edit')).toBeFocused();
  // Every item is out of the Tab order: the menu is one stop, arrows move inside.
  await expect(menu.getByRole('menuitem')).toHaveCount(4);
  for (const el of await menu.getByRole('menuitem').all()) await expect(el).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('ArrowDown');
  await expect(item('Duplicate')).toBeFocused();
  await page.keyboard.press('End');
  await expect(item('Delete')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(item('Edit')).toBeFocused();
  await page.keyboard.press('a');
  await expect(item('Archive')).toBeFocused();
  await page.keyboard.press('d');
  await expect(item('Delete')).toBeFocused();
  await page.keyboard.press('d');
  await expect(item('Duplicate')).toBeFocused();

  // It follows its button when the page scrolls.
  const gap = async () => {
    const [b, m] = await Promise.all([button.boundingBox(), menu.boundingBox()]);
    return Math.round((m?.y ?? 0) - (b?.y ?? 0));
  };
  const before = await gap();
  const at = await rows(page).nth(3).boundingBox();
  await page.mouse.move((at?.x ?? 0) + 200, (at?.y ?? 0) + 10);
  await page.mouse.wheel(0, 120);
  await expect.poll(async () => (await button.boundingBox())?.y).not.toBe(undefined);
  await expect.poll(gap).toBe(before);

  // Tab closes the menu and goes on past the table, never back into the rows.
  await page.keyboard.press('Tab');
  await expect(menu).toBeHidden();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  expect(await focusedElement(page)).not.toBe('body');
  await expect(page.locator('tr[data-entry-id] :focus, tr[data-entry-id]:focus')).toHaveCount(0);

  // The Menu key opens it too; Escape closes it and focus goes back to where it was opened: the row.
  await row.focus();
  await page.keyboard.press('ContextMenu');
  await expect(item('Edit')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(row).toBeFocused();
  // Opened from its button, Escape gives focus back to the button.
  await button.click();
  await expect(item('Edit')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();
});

test('the task combobox: / reaches it, the active option stays in view, Home/End, one match takes one Enter', async ({
  page,
}) => {
  await signIn(page, 'lead', { path: PATH });
  await rows(page).first().focus();
  await page.keyboard.press('/');
  const box = page.getByRole('group', { name: 'Filters' }).getByRole('combobox', { name: 'Task' });
  await expect(box).toBeFocused();

  // Alt+↓ opens the list without choosing anything; the count is announced.
  await page.keyboard.press('Alt+ArrowDown');
  const list = page.getByRole('listbox', { name: 'Tasks' });
  await expect(list).toBeVisible();
  await expect(box).not.toHaveAttribute('aria-activedescendant');
  await expect(page.getByRole('status').filter({ hasText: /^\d+ tasks$/ })).toBeVisible();

  const active = () =>
    page.evaluate(() => {
      const input = document.activeElement as HTMLElement;
      const option = document.getElementById(input.getAttribute('aria-activedescendant') ?? '');
      const listbox = option?.closest('[role="listbox"]');
      if (!option || !listbox) return null;
      const o = option.getBoundingClientRect();
      const l = listbox.getBoundingClientRect();
      return { text: option.textContent, inView: o.top >= l.top - 1 && o.bottom <= l.bottom + 1 };
    });
  for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowDown');
  // Past the options that fit, the active one is scrolled into view.
  await expect.poll(async () => (await active())?.inView).toBe(true);
  await page.keyboard.press('End');
  const last = await list.getByRole('option').last().textContent();
  await expect.poll(async () => (await active())?.text).toBe(last);
  expect((await active())?.inView).toBe(true);
  await page.keyboard.press('Home');
  await expect.poll(async () => (await active())?.text).toBe('Any task');

  // With exactly one match, Enter picks it (never "Any task").
  await box.pressSequentially('Sprint plan');
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: '1 task' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue('Sprint planning');
  await expect(page).toHaveURL(/task=\d+/);
  // Escape closes only the list, as its own key.
  await page.keyboard.press('ArrowDown');
  await expect(list).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(box).toBeFocused();
});

test('a dialog makes the page behind it inert, stops it scrolling, and gives focus back on close', async ({
  page,
}) => {
  await signIn(page, 'lead', { path: PATH });
  const opener = page.getByRole('button', { name: 'New entry' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New entry' });
  await expect(dialog).toBeVisible();
  // The form loads its code on first use: once it is there, it has focus on Start.
  await expect(dialog.getByRole('textbox', { name: 'Start' })).toBeFocused();
  // Tab and Shift+Tab never leave it.
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press(key);
      expect(await dialog.evaluate((d) => d.contains(document.activeElement)), `${key} ×${i + 1}`).toBe(true);
    }
  }
  // A click on a link behind it does nothing to the page (the backdrop takes it, and closes the dialog).
  const archived = page.getByRole('link', { name: 'Archived' });
  await expect(archived).toBeVisible();
  expect(await archived.evaluate((a) => !!a.closest('[inert]'))).toBe(true);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('hidden');
  const scrolled = await page.evaluate(() => scrollY);
  await page.mouse.wheel(0, 600);
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => scrollY)).toBe(scrolled);
  const box = await archived.boundingBox();
  await page.mouse.click((box?.x ?? 0) + 5, (box?.y ?? 0) + 5);
  await expect(page).not.toHaveURL(/archived/);
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // Escape closes it too, and focus is back on what opened it.
  await page.keyboard.press('n');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('shortcuts: ? lists them, n opens a new entry, Esc clears the selection, none of them while typing', async ({
  page,
}) => {
  await signIn(page, 'lead', { path: PATH });
  await page.getByRole('textbox', { name: 'Time block' }).pressSequentially('n?/');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Time block' }).press('Escape');

  await rows(page).first().focus();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Delete the selected entries');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(rows(page).first()).toBeFocused();

  await page.keyboard.press('Space');
  await page.keyboard.press('Shift+ArrowDown');
  const bar = page.getByRole('region', { name: 'Selected entries' });
  await expect(bar.getByRole('status')).toHaveText(/^2\s*selected/);
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await expect(rows(page).nth(1)).toBeFocused();

  // e edits the focused row.
  await page.keyboard.press('e');
  await expect(page.getByRole('dialog', { name: 'Edit entry' })).toBeVisible();
});

test('after a delete from the row menu focus goes to the next row, and the toast says what happened', async ({
  page,
}) => {
  await signIn(page, 'lead', { path: PATH });
  // Reading ids takes what is on the page now: wait for the rows first.
  await expect(rows(page).nth(1)).toBeVisible();
  const [gone, next] = await rows(page).evaluateAll((rs) =>
    rs.slice(0, 2).map((r) => r.getAttribute('data-entry-id')),
  );
  await page.locator(`tr[data-entry-id="${gone}"]`).focus();
  await page.keyboard.press('Shift+F10');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(page.locator(`tr[data-entry-id="${gone}"]`)).toBeHidden();
  await expect(page.locator(`tr[data-entry-id="${next}"]`)).toBeFocused();
  // Said politely: the toasts are a live region.
  await expect(page.locator('section[aria-live="polite"]')).toContainText('Entry deleted');
});

test('after a restore in Recently deleted focus goes to the next row’s Restore', async ({ page }) => {
  await signIn(page, 'lead', { path: PATH });
  await expect(rows(page).nth(1)).toBeVisible();
  const ids = await rows(page).evaluateAll((rs) =>
    rs.slice(0, 2).map((r) => r.getAttribute('data-entry-id')),
  );
  await rows(page).first().focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Delete');
  const confirm = page.getByRole('dialog', { name: 'Delete 2 entries?' });
  await confirm.getByRole('button', { name: 'Delete 2 entries' }).press('Enter');
  await expect(page.getByText('Deleted 2 entries')).toBeVisible();
  // The bulk bar went with the selection: focus is on the table's current row, not on the page.
  await expect(page.locator('tr[data-entry-id]:focus')).toHaveCount(1);

  await page.getByRole('link', { name: 'Recently deleted' }).click();
  const restore = (id: string | null) => page.getByRole('button', { name: `Restore entry ${id}` });
  const [first, second] = (
    await Promise.all(ids.map(async (id) => ({ id, y: (await restore(id).boundingBox())?.y ?? 0 })))
  ).sort((a, b) => a.y - b.y);
  await restore(first?.id ?? null).focus();
  await page.keyboard.press('Enter');
  await expect(restore(first?.id ?? null)).toBeHidden();
  await expect(restore(second?.id ?? null)).toBeFocused();
});
