import { expect, test } from '@playwright/test';
import type { TimeEntryWithTask } from '../contract/index.ts';
import { apiAs } from './support/api.ts';
import { signIn } from './support/session.ts';

const archivedWindow = () => {
  const from = new Date(Date.now() - 90 * 86_400_000).toISOString();
  const to = new Date(Date.now() + 86_400_000).toISOString();
  return `/time-entries/stream?date_from=${from}&date_to=${to}&include_taskless=true&archived=true`;
};

test('archiving 20 entries with one failing request names exactly that one, and Retry failed finishes it', async ({
  page,
  request,
}) => {
  const api = apiAs(request, 'lead');
  await signIn(page, 'lead', { path: '/?range=last-week&per_page=20' });
  await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
  const ids = (
    await page
      .getByRole('checkbox', { name: /^Select entry \d+$/, checked: true })
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))
  ).map((l) => Number(l.replace(/\D+/g, '')));
  expect(ids).toHaveLength(20);
  const victim = ids[6] as number;

  // The one injected failure: the first archive request for the victim answers 503 as the API would.
  let injected = 0;
  let inFlight = 0;
  let peak = 0;
  await page.route('**/api/organizations/1/workspaces/1/tasks/*/time-entries/*/archive', async (route) => {
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    try {
      if (route.request().url().includes(`/time-entries/${victim}/archive`) && injected === 0) {
        injected += 1;
        await route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: JSON.stringify({
            error: 'unavailable',
            error_description: 'The archive service is busy; try again.',
          }),
        });
      } else {
        await route.continue();
      }
    } finally {
      inFlight -= 1;
    }
  });

  await page
    .getByRole('region', { name: 'Selected entries' })
    .getByRole('button', { name: 'Archive' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Archive entries' });
  await dialog.getByRole('button', { name: 'Archive 20 entries' }).click();
  await expect(dialog.getByRole('heading')).toHaveText('19 archived, 1 failed');
  const failed = dialog.locator('.bulk-failures li');
  await expect(failed).toHaveCount(1);
  await expect(failed).toContainText(`#${victim}`);
  await expect(dialog.getByText('The archive service is busy; try again.')).toBeVisible();
  expect(peak).toBeLessThanOrEqual(4);

  const midway = new Set((await api.get<TimeEntryWithTask[]>(archivedWindow())).map((e) => e.id));
  expect(ids.filter((id) => !midway.has(id))).toEqual([victim]);

  await dialog.getByRole('button', { name: 'Retry failed (1)' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Archived 20 entries')).toBeVisible();
  const archived = new Set((await api.get<TimeEntryWithTask[]>(archivedWindow())).map((e) => e.id));
  expect(ids.filter((id) => !archived.has(id))).toEqual([]);
  for (const id of ids) await expect(page.getByRole('checkbox', { name: `Select entry ${id}` })).toBeHidden();
});
