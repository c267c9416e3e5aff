import { expect, test, type Page } from '@playwright/test';
import type { TimeEntryWithTask } from '../contract/index.ts';
import { apiAs } from './support/api.ts';
import { signIn } from './support/session.ts';

const window90 = () => {
  const from = new Date(Date.now() - 90 * 86_400_000).toISOString();
  const to = new Date(Date.now() + 86_400_000).toISOString();
  return `/time-entries/stream?date_from=${from}&date_to=${to}&include_taskless=true`;
};

async function checkedIds(page: Page): Promise<number[]> {
  const labels = await page
    .getByRole('checkbox', { name: /^Select entry \d+$/, checked: true })
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  return labels.map((l) => Number(l.replace(/\D+/g, '')));
}

test('entries deleted in bulk are listed after a reload and restored from Recently deleted', async ({
  page,
  request,
}) => {
  const api = apiAs(request, 'lead');
  await signIn(page, 'lead', { path: '/?range=last-week', keep: true });
  const boxes = page.getByRole('checkbox', { name: /^Select entry \d+$/ });
  await boxes.nth(5).check();
  await boxes.nth(9).click({ modifiers: ['Shift'] });
  const ids = await checkedIds(page);
  expect(ids).toHaveLength(5);
  await page
    .getByRole('region', { name: 'Selected entries' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete 5 entries' }).click();
  await expect(page.getByText('Deleted 5 entries')).toBeVisible();

  await page.reload();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Recently deleted' })
    .click();
  await expect(page.getByRole('heading', { name: 'Recently deleted' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Recently deleted entries' });
  for (const id of ids)
    await expect(table.getByRole('checkbox', { name: `Select deleted entry ${id}` })).toBeVisible();

  // One by its own Restore button, the other four as a selection.
  const [first, ...rest] = ids as [number, ...number[]];
  await table.getByRole('button', { name: `Restore entry ${first}` }).click();
  await expect(page.getByText('Restored 1 entry')).toBeVisible();
  await expect(table.getByRole('checkbox', { name: `Select deleted entry ${first}` })).toBeHidden();
  await table.getByRole('checkbox', { name: 'Select all deleted entries' }).check();
  await page
    .getByRole('region', { name: 'Selected deleted entries' })
    .getByRole('button', { name: 'Restore 4 entries' })
    .click();
  await expect(page.getByText('Restored 4 entries')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nothing deleted here yet' })).toBeVisible();

  const live = new Set((await api.get<TimeEntryWithTask[]>(window90())).map((e) => e.id));
  expect([first, ...rest].filter((id) => !live.has(id))).toEqual([]);
});

test('an entry deleted elsewhere is restored by its id; an unknown id gets the API’s answer', async ({
  page,
  request,
}) => {
  const api = apiAs(request, 'lead');
  const [victim] = await api.get<TimeEntryWithTask[]>(window90());
  if (!victim) throw new Error('no demo entries');
  expect((await api.send('DELETE', `/time-entries/bulk?ids=${victim.id}`)).status).toBe(204);

  await signIn(page, 'lead', { path: '/deleted' });
  const field = page.getByLabel('Restore by entry id');
  await field.fill('12x');
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByText('Ids are whole numbers')).toBeVisible();

  await field.fill('99999999');
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('#99999999');
  await expect(page.getByRole('alert')).toContainText('99999999 do not exist');

  await field.fill(String(victim.id));
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByText('Restored 1 entry')).toBeVisible();
  await expect(field).toHaveValue('');
  const live = new Set((await api.get<TimeEntryWithTask[]>(window90())).map((e) => e.id));
  expect(live.has(victim.id)).toBe(true);
});
