import { expect, test } from '@playwright/test';
import type { TimeEntryWithTask } from '../contract/index.ts';
import { apiAs } from './support/api.ts';
import { signIn } from './support/session.ts';

test('Select all N matching takes every filtered entry; a change past 1,000 is split, reported whole, and undone from History', async ({
  page,
  request,
}) => {
  // Moves 1,300 entries twice; on a busy two-core machine that takes a while.
  test.setTimeout(240_000);
  const api = apiAs(request, 'lead');
  await signIn(page, 'lead', { path: '/?range=last-30-days&type=activity' });
  const patches: number[] = [];
  page.on('request', (r) => {
    if (r.method() === 'PATCH' && r.url().endsWith('/time-entries/bulk')) {
      patches.push((JSON.parse(r.postData() ?? '[]') as unknown[]).length);
    }
  });

  await page
    .getByRole('checkbox', { name: /^Select entry \d+$/ })
    .first()
    .check();
  const bar = page.getByRole('region', { name: 'Selected entries' });
  const selectAll = bar.getByRole('button', { name: /^Select all [\d,]+ matching$/ });
  const label = (await selectAll.textContent()) ?? '';
  const total = Number(label.replace(/\D+/g, ''));
  expect(total).toBeGreaterThan(1000);
  await selectAll.click();
  await expect(bar.getByRole('status')).toHaveText(`${total.toLocaleString('en-GB')}selected`);
  await expect(
    bar.getByText(`All ${total.toLocaleString('en-GB')} matching entries are selected.`),
  ).toBeVisible();

  const from = new Date(Date.now() - 40 * 86_400_000).toISOString();
  const to = new Date(Date.now() + 86_400_000).toISOString();
  const streamPath = `/time-entries/stream?date_from=${from}&date_to=${to}&type=activity&include_taskless=true`;
  const before = new Map((await api.get<TimeEntryWithTask[]>(streamPath)).map((e) => [e.id, e.start]));

  await bar.getByRole('button', { name: 'Edit…' }).click();
  const form = page.getByRole('dialog', { name: 'Bulk edit' });
  await form.getByLabel('Shift start by').fill('+5m');
  await form.getByRole('button', { name: 'Preview changes' }).click();
  const preview = page.getByRole('dialog', { name: 'Preview bulk edit' });
  await preview.getByRole('button', { name: `Apply to ${total.toLocaleString('en-GB')} entries` }).click();
  await expect(
    page.getByText(`Shifted start by +5m on ${total.toLocaleString('en-GB')} entries`),
  ).toBeVisible({
    timeout: 30_000,
  });
  expect(patches).toEqual([1000, total - 1000]);

  const after = await api.get<TimeEntryWithTask[]>(streamPath);
  const moved = after.filter(
    (e) =>
      e.start && before.get(e.id) && Date.parse(e.start) - Date.parse(before.get(e.id) as string) === 300_000,
  );
  expect(moved.length).toBe(total);

  // Long after the toast is gone, History undoes the whole edit, again split at 1,000.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  const record = page.getByRole('listitem', { name: 'Shifted start by +5m' });
  await expect(record).toContainText(`${total.toLocaleString('en-GB')} entries`);
  await record.getByRole('button', { name: 'Undo edit' }).click();
  await expect(record.getByText(/^Undone/)).toBeVisible({ timeout: 30_000 });
  expect(patches).toEqual([1000, total - 1000, 1000, total - 1000]);
  const undone = await api.get<TimeEntryWithTask[]>(streamPath);
  expect(undone.filter((e) => e.start !== before.get(e.id))).toEqual([]);
});
