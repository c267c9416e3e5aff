// Shared by the entries-table journeys: dates in Berlin, the API's range for them, and table readers.
import { TZDate } from '@date-fns/tz';
import { expect, type Page } from '@playwright/test';
import type { TimeEntryWithTask } from '../contract/index.ts';

export const ZONE = 'Europe/Berlin';
export const pad = (n: number) => String(n).padStart(2, '0');
export const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
/** A calendar day in Berlin, `offset` days from today. */
export const day = (offset: number) => {
  const d = new TZDate(Date.now(), ZONE);
  d.setDate(d.getDate() + offset);
  return dayKey(d);
};
/**
 * The API's range for local days `from`..`to`, computed independently of the app, with entries without a
 * task as the dashboard asks for them (a task or status filter added to it leaves those out anyway).
 */
export function range(from: string, to: string) {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const a = new Date(new TZDate(fy, fm - 1, fd, 0, 0, 0, 0, ZONE).getTime()).toISOString();
  const b = new Date(new TZDate(ty, tm - 1, td, 23, 59, 59, 999, ZONE).getTime()).toISOString();
  return `date_from=${a}&date_to=${b}&include_taskless=true`;
}
/** The instant of `hour`:00 on a Berlin calendar day. */
export const at = (key: string, hour: number) => {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, hour, 0, 0, 0, ZONE).getTime();
};
export const ids = (rows: readonly TimeEntryWithTask[]) => rows.map((e) => e.id);
export const hmm = (s: number) => `${Math.floor(s / 3600)}:${pad(Math.floor((s % 3600) / 60))}`;

/**
 * The summary's headline for `entries`: their count and tracked time, a running entry counted up to now as
 * the dashboard counts it (the demo keeps a timer forgotten days ago). Its minutes go on while the test
 * reads them, and the page's clock ticks on its own, so the minute before and after are taken too.
 */
export function headline(entries: readonly Pick<TimeEntryWithTask, 'start' | 'duration'>[]): RegExp {
  const at = (now: number) =>
    entries.reduce(
      (n, e) =>
        n + (e.duration ?? (e.start ? Math.max(0, Math.floor((now - Date.parse(e.start)) / 1000)) : 0)),
      0,
    );
  const now = Date.now();
  const times = [...new Set([now - 60_000, now, now + 60_000].map((t) => hmm(at(t))))];
  const n = entries.length;
  return new RegExp(
    `^${n.toLocaleString('en-GB')} ${n === 1 ? 'entry' : 'entries'} · (${times.join('|')}) tracked$`,
  );
}

export const grid = (page: Page) => page.getByRole('grid', { name: /time entries/i });
export const filters = (page: Page) => page.getByRole('group', { name: 'Filters' });
export const summary = (page: Page) => page.getByRole('region', { name: 'Summary' }).getByRole('status');
export const shownIds = (page: Page) =>
  grid(page)
    .locator('tbody tr[data-entry-id]')
    .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-entry-id'))));
export async function expectRows(page: Page, expected: number[]) {
  await expect(grid(page)).not.toHaveAttribute('aria-busy', 'true');
  await expect.poll(() => shownIds(page)).toEqual(expected);
}
/** Whole-range mode keeps only the rows in view in the DOM: they must be the start of the expected list. */
export async function expectVirtualRows(page: Page, expected: number[]) {
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(expected.length + 1));
  await expect
    .poll(async () => {
      const shown = await shownIds(page);
      if (shown.length === 0 || shown.length >= 200) return `${shown.length} rows in the DOM`;
      const at = shown.findIndex((id, i) => id !== expected[i]);
      return at < 0 ? 'match' : `row ${at}: ${shown[at]} instead of ${expected[at]}`;
    })
    .toBe('match');
}
/** Moves within the app as a link would, keeping the in-memory session. */
export async function goTo(page: Page, url: string) {
  await page.evaluate((u) => {
    history.pushState(null, '', u);
    dispatchEvent(new PopStateEvent('popstate'));
  }, url);
}

export const FROM = day(-21);
export const TO = day(-1);
export const RANGE = range(FROM, TO);
