import { expect, test } from '@playwright/test';
import type { TimeEntryWithTask } from '../contract/index.ts';
import { apiAs } from './support/api.ts';
import { signIn } from './support/session.ts';

const berlinTime = (iso: string) =>
  new Date(iso).toLocaleTimeString('en-GB', {
    timeZone: 'Europe/Berlin',
    hour: '2-digit',
    minute: '2-digit',
  });

test('the preview lists old and new values, and Cancel sends nothing', async ({ page, request }) => {
  const api = apiAs(request, 'lead');
  await signIn(page, 'lead', { path: '/?range=last-week&per_page=20' });
  const writes: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/') && r.method() !== 'GET') writes.push(`${r.method()} ${r.url()}`);
  });

  const boxes = page.getByRole('checkbox', { name: /^Select entry \d+$/ });
  await boxes.nth(2).check();
  await boxes.nth(4).click({ modifiers: ['Shift'] });
  const ids = (
    await page
      .getByRole('checkbox', { name: /^Select entry \d+$/, checked: true })
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))
  ).map((l) => Number(l.replace(/\D+/g, '')));
  expect(ids).toHaveLength(3);
  const from = new Date(Date.now() - 30 * 86_400_000).toISOString();
  const to = new Date(Date.now() + 86_400_000).toISOString();
  const stream = await api.get<TimeEntryWithTask[]>(
    `/time-entries/stream?date_from=${from}&date_to=${to}&include_taskless=true`,
  );
  const before = stream.filter((e) => ids.includes(e.id));

  await page.getByRole('region', { name: 'Selected entries' }).getByRole('button', { name: 'Edit…' }).click();
  const form = page.getByRole('dialog', { name: 'Bulk edit' });
  // Nothing chosen: the form says so instead of previewing an empty change.
  await form.getByRole('button', { name: 'Preview changes' }).click();
  await expect(form.getByRole('alert')).toContainText('Choose at least one change');
  await form.getByLabel('Shift start by').fill('+1 week');
  await form.getByRole('button', { name: 'Preview changes' }).click();
  await expect(form.getByText('“week” is not a unit')).toBeVisible();
  await form.getByRole('button', { name: '−15m' }).click();
  await form.getByLabel('Type').selectOption('break');
  await form.getByRole('button', { name: 'Preview changes' }).click();

  const preview = page.getByRole('dialog', { name: 'Preview bulk edit' });
  await expect(preview.getByRole('heading')).toHaveText('Preview: Shift start by −15m, set type to Break');
  for (const e of before) {
    const row = preview.locator(`tr[data-entry-id="${e.id}"]`);
    await expect(row.getByLabel('Start before')).toContainText(berlinTime(e.start as string));
    await expect(row.getByLabel('Start after')).toContainText(
      berlinTime(new Date(Date.parse(e.start as string) - 15 * 60_000).toISOString()),
    );
    if (e.type === 'activity') {
      await expect(row.getByLabel('Type before')).toHaveText('Activity');
      await expect(row.getByLabel('Type after')).toHaveText('Break');
    }
  }
  // Back keeps what was typed; Cancel closes without a request.
  await preview.getByRole('button', { name: 'Back' }).click();
  await expect(form.getByLabel('Shift start by')).toHaveValue('−15m');
  await form.getByRole('button', { name: 'Preview changes' }).click();
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview).toBeHidden();
  await expect(page.getByRole('region', { name: 'Selected entries' }).getByRole('status')).toHaveText(
    '3selected',
  );

  expect(writes).toEqual([]);
  const after = await api.get<TimeEntryWithTask[]>(
    `/time-entries/stream?date_from=${from}&date_to=${to}&include_taskless=true`,
  );
  for (const e of before)
    expect(after.find((a) => a.id === e.id)).toMatchObject({ start: e.start, type: e.type });
});
