// Counts the key presses of the keyboard journeys in issue 12, the same way on any build of the dashboard.
// Usage: npx vite build && npx tsx scripts/key-paths.ts [--dist dir] [--headed]
// Every figure uses only keys a person presses: Tab, Shift+Tab, Enter and Space to reach and press
// things, plus Enter on a "Skip to …" link where one is offered. Typing a value into a field counts as one.
//   1. Tabs from signing in to the first row of the table,
//   2. Shift+Tabs from a selected row to the bulk bar's Delete,
//   3. from the moment a row is deleted to the toast's Undo: by Shift+Tab, by Tab, and by Alt+T (Sonner's
//      key for the notifications) then Tab,
//   4. Tabs from the first row to Per page,
//   5. the whole journey by Tab alone: sign in, first row, edit its duration, save, select three rows,
//      bulk delete, undo.
import { chromium, type Locator, type Page } from '@playwright/test';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createAppServer } from '../server/app.ts';
import { ensureDemoData } from '../server/demo/startup.ts';
import { QUIET_CHROMIUM_ARGS } from './browser-flags.ts';

const LIMIT = 400;
const distArg = process.argv.indexOf('--dist');
const staticDir = resolve(distArg > 0 ? (process.argv[distArg + 1] as string) : 'dist');

/** Presses `key` until `reached` holds; the number of presses, or null past LIMIT. */
async function pressUntil(
  page: Page,
  key: string,
  reached: () => Promise<boolean>,
  followSkip = false,
): Promise<number | null> {
  for (let n = 0; n <= LIMIT; n++) {
    if (await reached()) return n;
    const skip = await page.evaluate(() => {
      const a = document.activeElement;
      return a instanceof HTMLAnchorElement && /^skip to/i.test(a.textContent ?? '');
    });
    // A skip link is there to be followed: Enter on it counts as a press like any other.
    await page.keyboard.press(skip && followSkip && key === 'Tab' ? 'Enter' : key);
  }
  return null;
}

const focusedIn = (locator: Locator) => () =>
  locator.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));

const firstRow = (page: Page) => page.locator('[data-entry-id]').first();

async function signInFields(page: Page) {
  await page.goto('/');
  await page.getByLabel('Email').fill('lead@example.com');
  await page.getByLabel('Password').fill('focus-lead-demo');
  await page.getByLabel('Organization ID').fill('1');
  await page.getByLabel('Workspace ID').fill('1');
  await page.getByLabel('Workspace ID').press('Enter');
  await firstRow(page).waitFor();
}

async function measure(page: Page) {
  const out: Record<string, number | string | null> = {};

  await signInFields(page);
  out['1. sign-in → first row (Tab)'] = await pressUntil(page, 'Tab', focusedIn(firstRow(page)), true);

  const rows = page.locator('[data-entry-id]');
  await rows.nth(2).getByRole('checkbox').check();
  await rows.nth(2).focus();
  const bulkDelete = page.getByRole('region', { name: 'Selected entries' }).getByRole('button', {
    name: 'Delete',
    exact: true,
  });
  out['2. selected row → bulk Delete (Shift+Tab)'] = await pressUntil(
    page,
    'Shift+Tab',
    focusedIn(bulkDelete),
  );
  await page.getByRole('button', { name: 'Clear selection' }).click();

  // A row deleted from its menu: how far is the toast's Undo, backwards and forwards (a fresh delete each).
  for (const key of ['Shift+Tab', 'Tab', 'Alt+T, then Tab']) {
    await rows
      .first()
      .getByRole('button', { name: /actions for entry/i })
      .click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    const undo = page.getByRole('button', { name: 'Undo' });
    await undo.waitFor();
    out[`   focus after the delete is on (${key})`] = await page.evaluate(() =>
      describe(document.activeElement),
    );
    // Sonner's own shortcut, Alt+T, goes to the notifications; Tab then reaches the buttons.
    const alt = key.startsWith('Alt');
    if (alt) await page.keyboard.press('Alt+T');
    const n = await pressUntil(page, alt ? 'Tab' : key, focusedIn(undo));
    out[`3. after a delete → toast Undo (${key})`] = n === null || !alt ? n : n + 1;
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // The next delete starts with no toast on screen (a focused toast waits for its reader).
    if (!alt) await undo.waitFor({ state: 'detached', timeout: 45_000 });
  }

  await page.keyboard.press('Escape');
  await rows.first().focus();
  const perPage = page.getByLabel('Per page');
  out['4. first row → Per page (Tab)'] = await pressUntil(page, 'Tab', focusedIn(perPage));
  return out;
}

/** The journey by Tab alone, every key counted. */
async function journey(page: Page): Promise<number | string> {
  let keys = 0;
  const press = async (key: string) => {
    keys++;
    await page.keyboard.press(key);
  };
  const type = async (text: string) => {
    keys++;
    await page.keyboard.type(text);
  };
  const until = async (key: string, locator: Locator) => {
    const n = await pressUntil(page, key, focusedIn(locator), true);
    if (n === null) throw new Error(`could not reach ${String(locator)}`);
    keys += n;
  };

  await page.goto('/');
  await page.getByLabel('Email').waitFor();
  if (!(await focusedIn(page.getByLabel('Email'))())) await until('Tab', page.getByLabel('Email'));
  await type('lead@example.com');
  await until('Tab', page.getByLabel('Password'));
  await type('focus-lead-demo');
  await until('Tab', page.getByLabel('Organization ID'));
  await type('1');
  await until('Tab', page.getByLabel('Workspace ID'));
  await type('1');
  await press('Enter');
  await firstRow(page).waitFor();
  const entryId = Number(await firstRow(page).getAttribute('data-entry-id'));
  await until('Tab', firstRow(page));
  // On the row itself Enter opens it; from a control inside the row, Tab on to the row's own link or menu.
  if (!(await firstRow(page).evaluate((r) => r === document.activeElement))) {
    await until('Shift+Tab', firstRow(page)).catch(async () => {
      throw new Error('the row itself is not focusable');
    });
  }
  await press('Enter');
  const dialog = page.getByRole('dialog');
  const duration = dialog.getByLabel('Duration');
  await duration.waitFor();
  await until('Tab', duration);
  await press('Control+a');
  await type('1:23');
  await press('Enter');
  await dialog.waitFor({ state: 'hidden' });
  const row = page.locator(`[data-entry-id="${entryId}"]`);
  await page.waitForFunction((id) => {
    const a = document.activeElement;
    return !!a && a !== document.body && !!a.closest(`[data-entry-id="${id}"]`);
  }, entryId);
  // Select this row and the next two from the row: Space, ↓, Space, ↓, Space.
  await press('Space');
  await press('ArrowDown');
  await press('Space');
  await press('ArrowDown');
  await press('Space');
  await page.getByRole('region', { name: 'Selected entries' }).getByText('3').waitFor();
  const bulkDelete = page.getByRole('region', { name: 'Selected entries' }).getByRole('button', {
    name: 'Delete',
    exact: true,
  });
  await until('Shift+Tab', bulkDelete);
  await press('Enter');
  const confirm = page.getByRole('dialog').getByRole('button', { name: /^Delete 3/ });
  await confirm.waitFor();
  await until('Tab', confirm);
  await press('Enter');
  const undo = page.getByRole('button', { name: 'Undo' });
  await undo.waitFor();
  await until('Shift+Tab', undo);
  await press('Enter');
  await row.waitFor();
  return keys;
}

function describeInBrowser() {
  // Installed in the page: names the focused element for the report.
  (window as unknown as { describe: (el: Element | null) => string }).describe = (el) => {
    if (!el || el === document.body) return 'body';
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? '';
    return `${el.tagName.toLowerCase()} “${name}”`;
  };
}
declare function describe(el: Element | null): string;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'focus-keys-'));
  const seed = join(dir, 'seed.db');
  await ensureDemoData(seed);
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
  const browser = await chromium.launch({
    headless: !process.argv.includes('--headed'),
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', ...QUIET_CHROMIUM_ARGS],
  });
  const results: Record<string, number | string | null> = {};
  try {
    // Each part gets a fresh copy of the demo data, so one part's deletes do not shift another's rows.
    for (const part of ['measure', 'journey'] as const) {
      const db = join(dir, `${part}.db`);
      copyFileSync(seed, db);
      const app = createAppServer({ dbPath: db, staticDir, log: false });
      await new Promise<void>((ok) => app.server.listen(0, '127.0.0.1', ok));
      const { port } = app.server.address() as AddressInfo;
      const context = await browser.newContext({
        baseURL: `http://127.0.0.1:${port}`,
        viewport: { width: 1440, height: 900 },
        locale: 'en-GB',
        timezoneId: 'Europe/Berlin',
      });
      await context.addInitScript(describeInBrowser);
      const page = await context.newPage();
      try {
        if (part === 'measure') Object.assign(results, await measure(page));
        else results['5. whole journey by Tab (every key)'] = await journey(page);
      } catch (error) {
        results[part] = `failed: ${(error as Error).message.split('\n')[0]}`;
      } finally {
        await context.close();
        await app.close();
      }
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`Key presses (${staticDir}):`);
  for (const [k, v] of Object.entries(results)) console.log(`  ${k}: ${v ?? `more than ${LIMIT}`}`);
}

await main();
