import { expect, test, type Locator, type Page } from '@playwright/test';
import type { TasksPage, TimeEntryWithTask as Entry } from '../contract/index.ts';
import { day, range, goTo } from './entries-table-helpers.ts';
import { apiAs } from './support/api.ts';
import { signIn } from './support/session.ts';

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
];

/** The page never scrolls sideways: nothing is wider than the window. */
async function expectNoSideways(page: Page, where: string) {
  const [scroll, width] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(scroll, `${where}: page width ${scroll} in a ${width}px window`).toBeLessThanOrEqual(width);
}

/** Wholly inside the window and not covered: a person can see it and press it. */
async function expectInReach(button: Locator, where: string) {
  await expect(button, where).toBeVisible();
  const ok = await button.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const inside = r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return inside && !!hit && el.contains(hit) ? 'ok' : `at ${r.left},${r.top}–${r.right},${r.bottom}`;
  });
  expect(ok, where).toBe('ok');
}

const grid = (page: Page) => page.getByRole('grid', { name: /time entries/i });
const firstRow = (page: Page) => grid(page).locator('tbody tr[data-entry-id]').first();

for (const viewport of VIEWPORTS) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('no screen scrolls sideways, and every dialog’s main button is in reach', async ({
      page,
      request,
    }) => {
      test.slow();
      const api = apiAs(request, 'lead');
      await page.goto('/');
      await expect(page.getByRole('heading', { name: 'Sign in to Focus time' })).toBeVisible();
      await expectNoSideways(page, 'sign-in');

      await signIn(page, 'lead', { path: '/?range=last-week&per_page=20' });
      await expect(firstRow(page)).toBeVisible();
      await expectNoSideways(page, 'entries');

      await page.getByRole('button', { name: 'New entry' }).click();
      const form = page.getByRole('dialog', { name: 'New entry' });
      await expectInReach(form.getByRole('button', { name: 'Create entry' }), 'entry form');
      await expectNoSideways(page, 'entry form');
      await form.getByRole('button', { name: 'Cancel' }).click();
      await expect(form).toBeHidden();

      const boxes = page.getByRole('checkbox', { name: /^Select entry \d+$/ });
      for (const i of [0, 1, 2]) await boxes.nth(i).check();
      const bar = page.getByRole('region', { name: 'Selected entries' });
      await expectNoSideways(page, 'selection');
      await bar.getByRole('button', { name: 'Edit…' }).click();
      const edit = page.getByRole('dialog', { name: 'Bulk edit' });
      await expectInReach(edit.getByRole('button', { name: 'Preview changes' }), 'bulk edit');
      await expectNoSideways(page, 'bulk edit');
      await edit.getByLabel('Shift start by').fill('+1h');
      await edit.getByRole('button', { name: 'Preview changes' }).click();
      const preview = page.getByRole('dialog', { name: 'Preview bulk edit' });
      await expectInReach(preview.getByRole('button', { name: 'Apply to 3 entries' }), 'preview');
      await expectNoSideways(page, 'preview');
      await preview.getByRole('button', { name: 'Cancel' }).click();

      // One deletion gives Recently deleted and History something to show.
      const id = Number((await boxes.first().getAttribute('aria-label'))?.replace(/\D+/g, ''));
      await bar.getByRole('button', { name: 'Clear selection' }).click();
      await boxes.first().check();
      await bar.getByRole('button', { name: 'Delete' }).click();
      const confirm = page.getByRole('dialog', { name: 'Delete 1 entry?' });
      await expectInReach(confirm.getByRole('button', { name: 'Delete 1 entry' }), 'delete');
      await confirm.getByRole('button', { name: 'Delete 1 entry' }).click();
      await expect(page.getByText('Deleted 1 entry')).toBeVisible();

      const block = (await api.get<Entry[]>(`/time-entries/stream?${range(day(-7), day(-1))}`)).find(
        (e) => e.time_block_id,
      )?.time_block_id;
      for (const path of ['/archived', '/deleted', `/time-blocks?ids=${block}`, '/history']) {
        await goTo(page, path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.waitForLoadState('networkidle');
        await expectNoSideways(page, path);
      }
      await expect(page.getByRole('listitem').filter({ hasText: 'Deleted' }).first()).toBeVisible();
      expect((await api.send('PATCH', `/time-entries/bulk/restore?ids=${id}`)).status).toBe(204);
    });
  });
}

for (const viewport of VIEWPORTS.filter((v) => v.width >= 1280)) {
  test(`at ${viewport.width}px no start is cut, every row menu is in sight, and Archived shows its date`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await signIn(page, 'lead', { path: '/?range=last-90-days&per_page=100' });
    await expect(firstRow(page)).toBeVisible();
    const problems = () =>
      grid(page).evaluate((table) => {
        const out: string[] = [];
        for (const row of table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-entry-id]')) {
          const id = row.dataset.entryId;
          const start = row.querySelector<HTMLElement>('.col-start');
          if (start && start.scrollWidth > start.clientWidth) out.push(`start of ${id} is cut`);
          row.scrollIntoView({ block: 'center' });
          const menu = row.querySelector<HTMLElement>('.col-actions button');
          if (!menu) continue;
          const r = menu.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          if (!hit || !menu.contains(hit) || r.right > innerWidth) out.push(`menu of ${id} is hidden`);
        }
        return out;
      });
    expect(await problems()).toEqual([]);

    await goTo(page, '/archived');
    await expect(firstRow(page)).toBeVisible();
    expect(await problems()).toEqual([]);
    const archived = grid(page).getByRole('columnheader', { name: 'Archived' });
    const visible = await archived.evaluate((th) => {
      const box = th.getBoundingClientRect();
      const area = th.closest('.dt-scroll')!.getBoundingClientRect();
      return box.left >= area.left && box.right <= area.right;
    });
    expect(visible).toBe(true);
  });
}

test('on a phone each entry is a card with its fields, its box and its menu, all a finger wide', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'lead', { path: '/?range=last-week' });
  const card = firstRow(page);
  await expect(card).toBeVisible();
  for (const field of ['start', 'duration', 'task', 'person', 'type', 'status']) {
    await expect(card.locator(`.col-${field}`), field).toBeVisible();
  }
  for (const hidden of ['id', 'end', 'project', 'updated']) {
    await expect(card.locator(`.col-${hidden}`), hidden).toHaveCount(0);
  }
  await expect(card.getByRole('checkbox')).toBeVisible();
  await expect(card.getByRole('button', { name: /^Actions for entry/ })).toBeVisible();
  const box = (await card.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(390);

  // Touch targets: every control in view is at least 44×44 (its label counts for a checkbox).
  await page.getByRole('button', { name: 'Filters' }).click();
  const small = await page.evaluate(() => {
    const out: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>('button, a[href], input, select, [role="radio"]');
    for (const el of controls) {
      if (el.matches('.button.link') || el.closest('[aria-hidden="true"], [inert]')) continue;
      const r = (el.closest('label') ?? el).getBoundingClientRect();
      if (r.width === 0 || r.bottom < 0 || r.top > innerHeight) continue;
      if (Math.round(r.width) < 44 || Math.round(r.height) < 44) {
        out.push(
          `${el.tagName} ${el.getAttribute('aria-label') ?? el.textContent?.trim()}: ${r.width}×${r.height}`,
        );
      }
    }
    return out;
  });
  expect(small).toEqual([]);
});

test('on a phone, cards still loading show placeholder lines', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // The page of entries is held back, so the placeholders stay on screen while they are measured.
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.route(
    // Not the sign-in's own check of the credentials, which asks for one entry.
    (url) => url.pathname.endsWith('/time-entries') && url.searchParams.get('per_page') !== '1',
    async (route) => {
      await held;
      await route.continue();
    },
  );
  await signIn(page, 'lead', { path: '/?range=last-week' });
  const bars = page.locator('.dt-skeleton-row .skeleton');
  await expect(bars.first()).toBeVisible();
  // A card shows the bars of its first few fields (the rest are not laid out on a phone).
  const widths = await bars.evaluateAll((els) =>
    els
      .filter((el) => getComputedStyle(el.closest('td') as Element).display !== 'none')
      .slice(0, 6)
      .map((el) => el.getBoundingClientRect().width),
  );
  expect(widths.length).toBe(6);
  for (const width of widths) expect(width).toBeGreaterThan(100);
  release();
  await expect(firstRow(page)).toBeVisible();
});

test('text cut short shows in full on hover and when its row has the focus', async ({ page, request }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // The demo task with the longest name, so the Task column surely cuts it (which tasks the first rows of
  // the last 30 days have changes with the day: on 2 December 2026 none of them was cut).
  const tasks = (await apiAs(request, 'lead').get<TasksPage>('/tasks?per_page=100')).data;
  const longest = tasks.reduce((a, b) => (b.name.length > a.name.length ? b : a));
  await signIn(page, 'lead', { path: `/?range=last-30-days&per_page=100&task=${longest.id}` });
  await expect(firstRow(page)).toBeVisible();
  // The first task name the Task column cuts with an ellipsis.
  const index = await grid(page)
    .locator('.col-task .entries-ellipsis')
    .evaluateAll((els) => els.findIndex((e) => e.scrollWidth > e.clientWidth));
  expect(index).toBeGreaterThanOrEqual(0);
  const cut = grid(page).locator('.col-task .entries-ellipsis').nth(index);
  const full = (await cut.textContent())!.trim();
  const tip = page.locator('.overflow-tip');
  await cut.hover();
  await expect(tip).toHaveText(full);
  await page.mouse.move(1, 1);
  await expect(tip).toHaveCount(0);
  await cut.evaluate((el) => el.closest('tr')!.focus());
  await expect(tip).toHaveText(full);
});
