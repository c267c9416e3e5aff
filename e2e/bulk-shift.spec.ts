import { expect, test, type Page } from '@playwright/test';
import type { TimeEntryWithTask } from '../contract/index.ts';
import { apiAs } from './support/api.ts';
import { signIn } from './support/session.ts';

/** Every entry of the last 90 days, by id, straight from the API. */
async function entriesById(api: ReturnType<typeof apiAs>): Promise<Map<number, TimeEntryWithTask>> {
  const from = new Date(Date.now() - 90 * 86_400_000).toISOString();
  const to = new Date(Date.now() + 86_400_000).toISOString();
  const rows = await api.get<TimeEntryWithTask[]>(
    `/time-entries/stream?date_from=${from}&date_to=${to}&include_taskless=true`,
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** Ids of the rows checked on the page on screen. */
async function checkedIds(page: Page): Promise<number[]> {
  const labels = await page
    .getByRole('checkbox', { name: /^Select entry \d+$/, checked: true })
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  return labels.map((l) => Number(l.replace(/\D+/g, '')));
}

const berlinTime = (iso: string) =>
  new Date(iso).toLocaleTimeString('en-GB', {
    timeZone: 'Europe/Berlin',
    hour: '2-digit',
    minute: '2-digit',
  });

test('a lead selects 30 entries across two pages and shifts their start by +1h', async ({
  page,
  request,
}) => {
  const api = apiAs(request, 'lead');
  const before = await entriesById(api);
  await signIn(page, 'lead', { path: '/?range=last-week&per_page=20' });

  await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
  const bar = page.getByRole('region', { name: 'Selected entries' });
  await expect(bar.getByRole('status')).toHaveText('20selected');
  const firstPage = await checkedIds(page);
  expect(firstPage).toHaveLength(20);

  await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Next' }).click();
  const boxes = page.getByRole('checkbox', { name: /^Select entry \d+$/ });
  await expect(boxes.first()).not.toBeChecked();
  await boxes.nth(0).check();
  await boxes.nth(9).click({ modifiers: ['Shift'] });
  await expect(bar.getByRole('status')).toHaveText('30selected');
  const secondPage = await checkedIds(page);
  expect(secondPage).toHaveLength(10);
  const ids = [...firstPage, ...secondPage];

  await bar.getByRole('button', { name: 'Edit…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bulk edit' });
  await dialog.getByLabel('Shift start by').fill('+1h');
  await dialog.getByRole('button', { name: 'Preview changes' }).click();

  const preview = page.getByRole('dialog', { name: 'Preview bulk edit' });
  await expect(preview.getByText('30 will change')).toBeVisible();
  const sample = before.get(ids[25] as number) as TimeEntryWithTask;
  const row = preview.locator(`tr[data-entry-id="${sample.id}"]`);
  await expect(row.getByLabel('Start before')).toContainText(berlinTime(sample.start as string));
  await expect(row.getByLabel('Start after')).toContainText(
    berlinTime(new Date(Date.parse(sample.start as string) + 3_600_000).toISOString()),
  );
  await preview.getByRole('button', { name: 'Apply to 30 entries' }).click();
  await expect(page.getByText('Shifted start by +1h on 30 entries')).toBeVisible();
  await expect(preview).toBeHidden();

  const after = await entriesById(api);
  for (const id of ids) {
    const old = before.get(id) as TimeEntryWithTask;
    const now = after.get(id) as TimeEntryWithTask;
    expect(Date.parse(now.start as string) - Date.parse(old.start as string), `entry ${id}`).toBe(3_600_000);
    expect(now.duration).toBe(old.duration);
    expect(now.type).toBe(old.type);
  }
  // Entries that were not selected stayed where they were.
  const untouched = [...before.values()].filter((e) => !ids.includes(e.id)).slice(0, 50);
  for (const e of untouched) expect(after.get(e.id)?.start).toBe(e.start);
});
