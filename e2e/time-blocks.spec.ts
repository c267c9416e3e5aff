import { expect, test } from '@playwright/test';
import type { TimeEntryWithTask } from '../contract/index.ts';
import { apiAs } from './support/api.ts';
import { signIn } from './support/session.ts';

test('a time block opened from the table, then several typed, show all their entries', async ({
  page,
  request,
}) => {
  const api = apiAs(request, 'lead');
  const from = new Date(Date.now() - 14 * 86_400_000).toISOString();
  const to = new Date(Date.now() + 86_400_000).toISOString();
  const rows = await api.get<TimeEntryWithTask[]>(
    `/time-entries/stream?date_from=${from}&date_to=${to}&include_taskless=true`,
  );
  const blocks = new Map<number, TimeEntryWithTask[]>();
  for (const r of rows)
    if (r.time_block_id) blocks.set(r.time_block_id, [...(blocks.get(r.time_block_id) ?? []), r]);
  const [[a, aEntries], [b, bEntries]] = [...blocks].filter(([, list]) => list.length >= 2) as [
    [number, TimeEntryWithTask[]],
    [number, TimeEntryWithTask[]],
  ];
  // An archived entry still belongs to its block and is listed with it.
  const archived = aEntries[0] as TimeEntryWithTask;
  expect(
    (await api.send('POST', `/tasks/${archived.task_id}/time-entries/${archived.id}/archive`)).status,
  ).toBe(204);
  const shown = aEntries.slice(1)[0] as TimeEntryWithTask;

  await signIn(page, 'lead', { path: `/?range=last-30-days&block=${a}` });
  await page
    .getByRole('button', { name: `Open time block ${a}` })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/time-blocks\\?ids=${a}$`));
  const cardA = page.getByRole('region', { name: `Time block ${a}` });
  await expect(cardA).toContainText(`${aEntries.length} entries`);
  for (const e of aEntries) await expect(cardA.locator(`tr[data-entry-id="${e.id}"]`)).toBeVisible();
  await expect(cardA.locator(`tr[data-entry-id="${archived.id}"]`)).toContainText('Archived');
  await expect(cardA.locator(`tr[data-entry-id="${shown.id}"]`)).toContainText('Active');

  const field = page.getByLabel('Time block ids');
  await expect(field).toHaveValue(String(a));
  await field.fill(`${a}, x`);
  await page.getByRole('button', { name: 'Show entries' }).click();
  await expect(page.getByText('Ids are whole numbers')).toBeVisible();
  await field.fill(`${a}, ${b}, 999999`);
  await field.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/time-blocks\\?ids=${a},${b},999999$`));
  const cardB = page.getByRole('region', { name: `Time block ${b}` });
  for (const e of bEntries) await expect(cardB.locator(`tr[data-entry-id="${e.id}"]`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Time block 999999' })).toContainText(
    'No entries you can see',
  );

  // Back returns to the single block, and the field follows the URL.
  await page.goBack();
  await expect(field).toHaveValue(String(a));
  await expect(cardB).toBeHidden();
});
