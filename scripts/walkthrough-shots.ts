// `npx vite build && npx tsx scripts/walkthrough-shots.ts`: the README's "correcting a team's month"
// screenshots, taken on a fresh demo server, into docs/walkthrough/. Not part of `npm test`.
import { chromium, type Browser, type Page } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TasksPage } from '../contract/index.ts';
import { createAppServer } from '../server/app.ts';
import { DEMO_ACCOUNTS, demoAuthorization } from '../server/demo/accounts.ts';
import { ensureDemoData } from '../server/demo/startup.ts';

const OUT = join(import.meta.dirname, '..', 'docs', 'walkthrough');

async function main() {
  // Playwright's own Chromium when installed, else CHROMIUM_PATH or the system one (as npm run test:e2e).
  const executablePath =
    process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  mkdirSync(OUT, { recursive: true });
  const server = await startServer();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
  try {
    const page = await browser.newPage({
      viewport: { width: 1440, height: 900 },
      timezoneId: 'Europe/Berlin',
      locale: 'en-GB',
    });
    await walk(page, server.url);
    await phone(browser, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The built dashboard and the API over a fresh demo database, as `npm start` serves them. */
async function startServer() {
  const dir = mkdtempSync(join(tmpdir(), 'focus-shots-'));
  const dbPath = join(dir, 'focus.db');
  await ensureDemoData(dbPath);
  const app = createAppServer({ dbPath, staticDir: join(import.meta.dirname, '..', 'dist'), log: false });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(OUT, `${name}.png`) });

async function walk(page: Page, base: string) {
  const auth = demoAuthorization('lead');
  const tasks = (await (
    await fetch(`${base}/api/organizations/1/workspaces/1/tasks?name=Weekly%20client%20sync`, {
      headers: { Authorization: auth },
    })
  ).json()) as TasksPage;
  const sync = tasks.data[0]?.id;

  // Needs attention first: what in the month is wrong, on the demo's planted problems.
  await page.goto(`${base}/attention`);
  await page.getByLabel('Email').fill(DEMO_ACCOUNTS.lead.email);
  await page.getByLabel('Password').fill(DEMO_ACCOUNTS.lead.password);
  await page.getByLabel('Organization ID').fill('1');
  await page.getByLabel('Workspace ID').fill('1');
  await page.getByLabel('Keep me signed in on this tab').check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Groups' }).waitFor();
  await shot(page, '00-needs-attention');
  await page.getByRole('button', { name: /^Preview fix for all \d+ pairs$/ }).click();
  const trim = page.getByRole('dialog', { name: /^Preview: trim/ });
  await trim.getByRole('table').waitFor();
  await shot(page, '00-needs-attention-fix');
  await trim.getByRole('button', { name: 'Cancel' }).click();

  await page.goto(`${base}/?range=last-30-days&task=${sync}`);
  const boxes = page.getByRole('checkbox', { name: /^Select entry \d+$/ });
  await boxes.first().check();
  const bar = page.getByRole('region', { name: 'Selected entries' });
  await bar.getByRole('button', { name: /^Select all [\d,]+ matching$/ }).click();
  await bar.getByText(/matching entries are selected/).waitFor();
  await shot(page, '01-selection');

  await bar.getByRole('button', { name: 'Edit…' }).click();
  const form = page.getByRole('dialog', { name: 'Bulk edit' });
  await form.getByRole('button', { name: '+1h' }).click();
  await shot(page, '02-bulk-edit');
  await form.getByRole('button', { name: 'Preview changes' }).click();
  const preview = page.getByRole('dialog', { name: 'Preview bulk edit' });
  await preview.getByRole('table').waitFor();
  await shot(page, '03-preview');
  await preview.getByRole('button', { name: /^Apply to/ }).click();
  await page.getByText(/^Shifted start by \+1h on/).waitFor();
  await shot(page, '04-applied');

  // Archive the month's first entries, with one request failing, to show the report and Retry failed.
  await bar.getByRole('button', { name: 'Clear selection' }).click();
  await page.goto(`${base}/?range=last-30-days&per_page=20&sort=start`);
  await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
  const victim = await boxes.nth(3).getAttribute('aria-label');
  const victimId = victim?.replace(/\D+/g, '');
  let failed = false;
  await page.route(`**/time-entries/${victimId}/archive`, async (route) => {
    if (failed) return route.continue();
    failed = true;
    await route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({
        error: 'unavailable',
        error_description: 'The server is busy; try again shortly.',
      }),
    });
  });
  await bar.getByRole('button', { name: 'Archive' }).click();
  const run = page.getByRole('dialog', { name: 'Archive entries' });
  await run.getByRole('button', { name: /^Archive \d+ entries$/ }).click();
  await run.getByRole('button', { name: /Retry failed/ }).waitFor();
  await shot(page, '05-archive-report');
  await run.getByRole('button', { name: /Retry failed/ }).click();
  await run.waitFor({ state: 'hidden' });

  const nav = page.getByRole('navigation', { name: 'Main' });
  await page.goto(`${base}/archived?range=last-30-days&sort=start`);
  await boxes.first().waitFor();
  await shot(page, '06-archived');

  // Duplicates out: delete three, then find them under Recently deleted.
  await page.goto(`${base}/?range=last-week`);
  await boxes.nth(2).check();
  await boxes.nth(4).click({ modifiers: ['Shift'] });
  await bar.getByRole('button', { name: 'Delete' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Delete 3 entries$/ })
    .click();
  await page.getByText('Deleted 3 entries').waitFor();
  await nav.getByRole('link', { name: 'Recently deleted' }).click();
  await page.getByRole('table', { name: 'Recently deleted entries' }).waitFor();
  await page.getByRole('checkbox', { name: 'Select all deleted entries' }).check();
  await shot(page, '07-recently-deleted');

  await nav.getByRole('link', { name: 'History' }).click();
  await page.getByRole('list', { name: 'Bulk operations, newest first' }).waitFor();
  await page.getByRole('button', { name: 'Show entries' }).last().click();
  await shot(page, '08-history');

  await page.goto(`${base}/?range=last-week`);
  await page
    .getByRole('button', { name: /^Open time block \d+$/ })
    .first()
    .click();
  await page
    .getByRole('region', { name: /^Time block \d+$/ })
    .first()
    .waitFor();
  await shot(page, '09-time-blocks');
}

/** The entries on a phone, light and dark: the Filters button, the totals and the entry cards. */
async function phone(browser: Browser, base: string) {
  for (const [name, colorScheme] of [
    ['10-phone', 'light'],
    ['11-phone-dark', 'dark'],
  ] as const) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      colorScheme,
      timezoneId: 'Europe/Berlin',
      locale: 'en-GB',
    });
    const page = await context.newPage();
    await page.goto(`${base}/?range=${colorScheme === 'light' ? 'last-week' : 'last-90-days'}`);
    await page.getByLabel('Email').fill('lead@example.com');
    await page.getByLabel('Password').fill('focus-lead-demo');
    await page.getByLabel('Organization ID').fill('1');
    await page.getByLabel('Workspace ID').fill('1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByRole('region', { name: 'Summary' })
      .getByText(/entries ·/)
      .waitFor();
    // Light: the cards, one selected; dark: the totals and the chart, summed by week where days would not fit.
    if (colorScheme === 'light') {
      await page.getByRole('button', { name: 'Hide chart' }).click();
      await page
        .getByRole('checkbox', { name: /^Select entry \d+$/ })
        .nth(1)
        .check();
    } else {
      await page.getByRole('slider', { name: /^Hours per/ }).waitFor();
    }
    await shot(page, name);
    await context.close();
  }
}

await main();
