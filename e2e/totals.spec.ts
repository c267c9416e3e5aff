import { expect, test } from '@playwright/test';
import type { TimeEntryWithTask as Entry } from '../contract/index.ts';
import { day, range, ids, headline, grid, summary, expectRows, goTo } from './entries-table-helpers.ts';
import { apiAs } from './support/api.ts';
import { signIn } from './support/session.ts';

// Past days only: no entry is added while the test reads them (the demo's forgotten timer may run in them).
const [from, to] = [day(-15), day(-2)];
const RANGE = range(from, to);
const count = (n: number) => n.toLocaleString('en-GB');
const pager = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: 'Pages' });

test('the headline and the pager count every matching entry, for each filter', async ({ page, request }) => {
  test.slow();
  const api = apiAs(request, 'lead');
  const all = await api.get<Entry[]>(`/time-entries/stream?${RANGE}`);
  const task = all.find((e) => e.task)?.task_id as number;
  const block = all.find((e) => e.time_block_id)?.time_block_id as number;
  const person = all[0]?.toggl_user_id as number;
  const cases: [string, (e: Entry) => boolean][] = [
    ['', () => true],
    ['&type=break', (e) => e.type === 'break'],
    [`&task=${task}`, (e) => e.task_id === task],
    [`&block=${block}`, (e) => e.time_block_id === block],
    [`&person=${person}`, (e) => e.toggl_user_id === person],
    [`&type=activity&person=${person}`, (e) => e.type === 'activity' && e.toggl_user_id === person],
  ];
  await signIn(page, 'lead', { path: `/?from=${from}&to=${to}&per_page=25` });
  for (const [query, keep] of cases) {
    await goTo(page, `/?from=${from}&to=${to}&per_page=25${query}`);
    const matching = all.filter(keep);
    expect(matching.length, query).toBeGreaterThan(0);
    await expect(summary(page), query).toHaveText(headline(matching));
    await expect(pager(page), query).toContainText(
      `Rows 1–${Math.min(25, matching.length)} of ${count(matching.length)}`,
    );
  }
});

test('a person filter pages through that person’s entries: rows, headline and pager agree', async ({
  page,
  request,
}) => {
  const api = apiAs(request, 'lead');
  const all = await api.get<Entry[]>(`/time-entries/stream?${RANGE}`);
  const person = all[0]?.toggl_user_id as number;
  const theirs = all.filter((e) => e.toggl_user_id === person);
  expect(theirs.length).toBeGreaterThan(10);
  const last = Math.ceil(theirs.length / 10);
  await signIn(page, 'lead', { path: `/?from=${from}&to=${to}&per_page=10&person=${person}` });
  await expectRows(page, ids(theirs.slice(0, 10)));
  await pager(page).getByRole('button', { name: 'Next' }).click();
  await expectRows(page, ids(theirs.slice(10, 20)));
  await expect(pager(page)).toContainText(`Rows 11–${Math.min(20, theirs.length)} of ${theirs.length}`);

  await goTo(page, `/?from=${from}&to=${to}&per_page=10&person=${person}&page=${last}`);
  await expectRows(page, ids(theirs.slice((last - 1) * 10)));
  await expect(pager(page).getByRole('button', { name: 'Next' })).toBeDisabled();
  await expect(summary(page)).toHaveText(new RegExp(`^${theirs.length} entries · `));
});

test('when the entries cannot be counted, the headline shows no numbers', async ({ page }) => {
  await page.route('**/time-entries/stream?*', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({
        error: 'unavailable',
        error_description: 'The time-entry store is restarting.',
      }),
    }),
  );
  await signIn(page, 'lead', { path: `/?from=${from}&to=${to}` });
  // The page itself still loads; only the totals are missing, and nothing pretends otherwise.
  await expect(grid(page).locator('tbody tr[data-entry-id]').first()).toBeVisible();
  await expect(summary(page)).toHaveText('Totals not available', { timeout: 30_000 });
  await expect(pager(page)).not.toContainText(' of ');
  await expect(page.getByText('The chart could not load')).toBeVisible();
});
