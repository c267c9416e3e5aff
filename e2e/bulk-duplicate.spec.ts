import { expect, test } from '@playwright/test';
import type { TimeEntryWithTask } from '../contract/index.ts';
import { apiAs } from './support/api.ts';
import { signIn } from './support/session.ts';

const berlin = (iso: string, part: 'day' | 'time') =>
  part === 'time'
    ? new Date(iso).toLocaleTimeString('en-GB', {
        timeZone: 'Europe/Berlin',
        hour: '2-digit',
        minute: '2-digit',
      })
    : new Date(iso).toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });

test('a lead duplicates three entries to another day, each keeping its task, person and time of day', async ({
  page,
  request,
}) => {
  const api = apiAs(request, 'lead');
  await signIn(page, 'lead', { path: '/?range=last-week' });
  const boxes = page.getByRole('checkbox', { name: /^Select entry \d+$/ });
  await boxes.nth(1).check();
  await boxes.nth(3).click({ modifiers: ['Shift'] });
  const ids = (
    await page
      .getByRole('checkbox', { name: /^Select entry \d+$/, checked: true })
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))
  ).map((l) => Number(l.replace(/\D+/g, '')));
  const from = new Date(Date.now() - 40 * 86_400_000).toISOString();
  const to = new Date(Date.now() + 86_400_000).toISOString();
  const all = await api.get<TimeEntryWithTask[]>(
    `/time-entries/stream?date_from=${from}&date_to=${to}&include_taskless=true`,
  );
  const sources = all.filter((e) => ids.includes(e.id));
  expect(sources).toHaveLength(3);
  // A Sunday four weeks back: the demo has no entries on weekends, so every entry there is a copy.
  const target = new Date(Date.now() - 28 * 86_400_000);
  target.setUTCHours(12, 0, 0, 0);
  target.setUTCDate(target.getUTCDate() - target.getUTCDay());
  const day = berlin(target.toISOString(), 'day');

  await page
    .getByRole('region', { name: 'Selected entries' })
    .getByRole('button', { name: 'Duplicate…' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Duplicate 3 entries' });
  await dialog.getByLabel('Copy to day').fill(day);
  await dialog.getByRole('button', { name: 'Copy 3 entries' }).click();
  await expect(page.getByText(/^Copied 3 entries to/)).toBeVisible();

  const after = await api.get<TimeEntryWithTask[]>(
    `/time-entries/stream?date_from=${from}&date_to=${to}&include_taskless=true`,
  );
  const copies = after.filter((e) => berlin(e.start as string, 'day') === day);
  expect(copies).toHaveLength(3);
  const key = (e: TimeEntryWithTask) =>
    `${e.task_id}|${e.toggl_user_id}|${e.type}|${e.duration}|${berlin(e.start as string, 'time')}`;
  expect(copies.map(key).sort()).toEqual(sources.map(key).sort());
});
