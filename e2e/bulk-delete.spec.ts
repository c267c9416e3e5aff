import { expect, test } from '@playwright/test';
import type { TimeEntryWithTask } from '../contract/index.ts';
import { apiAs } from './support/api.ts';
import { signIn } from './support/session.ts';

const window90 = () => {
  const from = new Date(Date.now() - 90 * 86_400_000).toISOString();
  const to = new Date(Date.now() + 86_400_000).toISOString();
  return `/time-entries/stream?date_from=${from}&date_to=${to}&include_taskless=true`;
};

test('a lead deletes 10 entries in one request, then Undo brings all 10 back', async ({ page, request }) => {
  const api = apiAs(request, 'lead');
  await signIn(page, 'lead', { path: '/?range=last-week' });
  const deletes: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'DELETE') deletes.push(r.url());
  });

  const boxes = page.getByRole('checkbox', { name: /^Select entry \d+$/ });
  await boxes.nth(0).check();
  await boxes.nth(9).click({ modifiers: ['Shift'] });
  const ids = (
    await page
      .getByRole('checkbox', { name: /^Select entry \d+$/, checked: true })
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))
  ).map((l) => Number(l.replace(/\D+/g, '')));
  expect(ids).toHaveLength(10);

  await page
    .getByRole('region', { name: 'Selected entries' })
    .getByRole('button', { name: 'Delete' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Delete 10 entries?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete 10 entries' }).click();
  await expect(page.getByText('Deleted 10 entries')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Selected entries' })).toBeHidden();
  for (const id of ids) await expect(page.getByRole('checkbox', { name: `Select entry ${id}` })).toBeHidden();

  expect(deletes).toHaveLength(1);
  expect(new URL(deletes[0] as string).searchParams.get('ids')?.split(',').map(Number).sort()).toEqual(
    [...ids].sort(),
  );
  const gone = new Set((await api.get<TimeEntryWithTask[]>(window90())).map((e) => e.id));
  expect(ids.filter((id) => gone.has(id))).toEqual([]);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Restored 10 entries')).toBeVisible();
  const back = new Set((await api.get<TimeEntryWithTask[]>(window90())).map((e) => e.id));
  expect(ids.filter((id) => !back.has(id))).toEqual([]);
  for (const id of ids)
    await expect(page.getByRole('checkbox', { name: `Select entry ${id}` })).toBeVisible();
});
