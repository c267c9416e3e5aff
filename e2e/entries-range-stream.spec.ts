import { expect, test, type Page } from '@playwright/test';
import type { TasksPage, TimeEntryWithTask as Entry } from '../contract/index.ts';
import {
  DEMO_ACCOUNTS as ACCOUNTS,
  DEMO_ORGANIZATION_ID as ORG,
  DEMO_WORKSPACE_ID as WORKSPACE,
} from '../server/demo/accounts.ts';
import { at, day, grid, range } from './entries-table-helpers.ts';
import { apiAs } from './support/api.ts';
import { signInFormReady } from './support/session.ts';

// Large arrangements and a throttled network: these journeys take a while on a busy machine.
test.describe.configure({ timeout: 240_000 });

/** 20,000 entries in a week of their own, through the bulk endpoint; answers the API's own stream of them. */
async function arrange(
  request: Parameters<typeof apiAs>[0],
  offset: number,
): Promise<{ from: string; to: string; all: Entry[] }> {
  const api = apiAs(request, 'lead');
  const [from, to] = [day(offset), day(offset + 8)];
  const tasks = (await api.get<TasksPage>('/tasks?per_page=20')).data;
  const t0 = at(from, 6);
  for (let batch = 0; batch < 20; batch++) {
    const items = Array.from({ length: 1000 }, (_, j) => {
      const i = batch * 1000 + j;
      return {
        task_id: tasks[i % tasks.length]?.id,
        type: i % 9 === 0 ? 'break' : 'activity',
        start: new Date(t0 + i * 30_000).toISOString(),
        duration: 300 + (i % 7) * 120,
      };
    });
    expect((await api.send('POST', '/time-entries/bulk', items)).status).toBe(204);
  }
  const all = await api.get<Entry[]>(`/time-entries/stream?${range(from, to)}`);
  expect(all.length).toBe(20_000);
  return { from, to, all };
}

/** Fills in the sign-in form, slows the network to `bytesPerSecond`, then signs in. */
async function signInThrottled(page: Page, path: string, bytesPerSecond: number) {
  await page.goto(path);
  await signInFormReady(page);
  await page.getByLabel('Email').fill(ACCOUNTS.lead.email);
  await page.getByLabel('Password').fill(ACCOUNTS.lead.password);
  await page.getByLabel('Organization ID').fill(String(ORG));
  await page.getByLabel('Workspace ID').fill(String(WORKSPACE));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: bytesPerSecond,
    uploadThroughput: -1,
  });
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  return cdp;
}

const progress = (page: Page) => page.locator('[data-range-loading]');
const renderedRows = (page: Page) =>
  grid(page)
    .locator('tbody tr[data-entry-id]')
    .evaluateAll((trs) => trs.map((tr) => [Number(tr.dataset.index), Number(tr.dataset.entryId)] as const));

test('a whole range of 20,000 entries shows its first rows while it streams and ends with the API’s rows', async ({
  page,
  request,
}) => {
  const { from, to, all } = await arrange(request, -460);
  await signInThrottled(page, `/?from=${from}&to=${to}&mode=all`, 120 * 1024);

  // First rows on screen while the download is still running, in the API's order, with progress.
  await expect(grid(page).locator('tbody tr[data-entry-id]').first()).toBeVisible({ timeout: 60_000 });
  await expect(progress(page)).toBeVisible();
  await expect(progress(page)).toContainText(/[\d,]+ of (~[\d,]+|the range) loaded/);
  const early = await renderedRows(page);
  expect(early.length).toBeGreaterThan(5);
  for (const [index, id] of early) expect(id).toBe(all[index]?.id);
  // The table holds only what has arrived: fewer rows than the stream has, so it is still streaming.
  const rowCount = Number(await grid(page).getAttribute('aria-rowcount')) - 1;
  expect(rowCount).toBeLessThan(all.length);

  // Then every row, the same ones in the same order as the API's stream.
  await expect(progress(page)).toHaveCount(0, { timeout: 180_000 });
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(all.length + 1));
  const scroller = page.locator('.dt-scroll');
  for (const share of [0, 0.25, 0.5, 0.75, 1]) {
    await scroller.evaluate((el, s) => el.scrollTo({ top: (el.scrollHeight - el.clientHeight) * s }), share);
    await expect
      .poll(async () => (await renderedRows(page)).every(([index, id]) => all[index]?.id === id))
      .toBe(true);
  }
  await expect(grid(page).locator(`tr[data-entry-id="${all.at(-1)?.id}"]`)).toBeVisible();
});

test('Cancel stops the download and keeps the rows that arrived', async ({ page, request }) => {
  const { from, to, all } = await arrange(request, -480);
  const failed: string[] = [];
  page.on('requestfailed', (r) => {
    if (r.url().includes('/time-entries/stream')) failed.push(r.failure()?.errorText ?? '');
  });
  await signInThrottled(page, `/?from=${from}&to=${to}&mode=all`, 40 * 1024);
  await expect(grid(page).locator('tbody tr[data-entry-id]').first()).toBeVisible({ timeout: 60_000 });
  await progress(page).getByRole('button', { name: 'Cancel' }).click();

  await expect(page.getByText(/Loading stopped: [\d,]+ entries are shown/)).toBeVisible();
  await expect.poll(() => failed.length).toBe(1);
  const shown = Number(await grid(page).getAttribute('aria-rowcount')) - 1;
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(all.length);
  await page.waitForTimeout(1500);
  // Nothing more arrives once stopped.
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(shown + 1));
  for (const [index, id] of await renderedRows(page)) expect(id).toBe(all[index]?.id);

  // Load all starts again and finishes.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await page.getByRole('button', { name: 'Load all' }).click();
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(all.length + 1), { timeout: 120_000 });
});

test('the sign-in page loads no dashboard chunk until the person starts, and logs no errors', async ({
  page,
}) => {
  const scripts: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/', { waitUntil: 'networkidle' });
  await expect(page.getByLabel('Email')).toBeVisible();
  const painted = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length);
  expect(painted).toBe(1);

  // Before the first paint, only what index.html names: the first-paint script and the boot module (the
  // sign-in form is in the HTML). The app that takes the form over follows the paint, the dashboard does not.
  const html = await (await page.request.get('/')).text();
  const named = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const early = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    return performance
      .getEntriesByType('resource')
      .filter((r) => r.name.endsWith('.js') && r.startTime < fcp)
      .map((r) => new URL(r.name).pathname);
  });
  expect(early.length).toBeGreaterThan(0);
  for (const script of early) expect(named).toContain(script);
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  const before = scripts.length;

  // The first key press fetches the dashboard while the person types.
  await page.getByLabel('Email').fill(ACCOUNTS.lead.email);
  await expect.poll(() => scripts.length).toBeGreaterThan(before);
  const dashboard = scripts.slice(before);
  await page.getByLabel('Password').fill(ACCOUNTS.lead.password);
  await page.getByLabel('Organization ID').fill(String(ORG));
  await page.getByLabel('Workspace ID').fill(String(WORKSPACE));
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  // Those were the dashboard's chunks: signing in needed no other script to show it.
  expect(dashboard.length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
