import { expect, test } from '@playwright/test';
import type { Task, TasksPage, TimeEntryWithTask } from '../contract/index.ts';
import { readFileSync } from 'node:fs';
import { parseCsv } from '../src/lib/csv.ts';
import { ZONE, day, range, at, ids, grid, summary, FROM, TO, RANGE } from './entries-table-helpers.ts';
import { apiAs } from './support/api.ts';
import { signIn } from './support/session.ts';

test('the whole range renders 20,000 entries virtualised and scrolls to the last one', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const api = apiAs(request, 'lead');
  const [from, to] = [day(-380), day(-372)];
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
  const all = await api.get<TimeEntryWithTask[]>(`/time-entries/stream?${range(from, to)}`);
  expect(all.length).toBeGreaterThanOrEqual(20_000);

  await signIn(page, 'lead', { path: `/?from=${from}&to=${to}&mode=all` });
  await expect(summary(page)).toHaveText(new RegExp(`^${all.length.toLocaleString('en-GB')} entries · `), {
    timeout: 30_000,
  });
  const rows = grid(page).locator('tbody tr[data-entry-id]');
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(all.length + 1));
  expect(await rows.count()).toBeLessThan(200);
  await expect(rows.first()).toHaveAttribute('data-entry-id', String(all[0]?.id));

  const scroller = page.locator('.dt-scroll');
  await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }));
  const mid = Math.floor(all.length / 2);
  // Mid-list, each rendered row is the entry at its position in the API's order.
  await expect
    .poll(() =>
      rows.evaluateAll((trs) => trs.map((tr) => [Number(tr.dataset.index), Number(tr.dataset.entryId)])),
    )
    .toEqual(expect.arrayContaining([[mid, all[mid]?.id]]));
  const middle = await rows.evaluateAll((trs) =>
    trs.map((tr) => [Number(tr.dataset.index), Number(tr.dataset.entryId)] as const),
  );
  for (const [index, id] of middle) expect(id).toBe(all[index]?.id);
  // A leap of several views renders the rows in view alone; once scrolling stops, two rows come back
  // at each edge, so the arrow keys find the next row already there.
  const [during, settled] = await scroller.evaluate(async (el) => {
    const count = () => el.querySelectorAll('tr[data-entry-id]').length;
    el.scrollTop -= el.clientHeight * 3;
    await new Promise((done) => requestAnimationFrame(done));
    const inLeap = count();
    await new Promise((done) => setTimeout(done, 500));
    return [inLeap, count()];
  });
  expect(settled).toBe(during + 4);
  await scroller.hover();
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, 2000);
  await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  const lastRow = grid(page).locator(`tr[data-entry-id="${all.at(-1)?.id}"]`);
  await expect(lastRow).toBeInViewport();
  expect(await rows.count()).toBeLessThan(200);

  // The keyboard reaches both ends too.
  await lastRow.focus();
  await page.keyboard.press('Home');
  await expect(grid(page).locator(`tr[data-entry-id="${all[0]?.id}"]`)).toBeFocused();
});

test('Export CSV downloads every matching entry, not just the page, in local time', async ({
  page,
  request,
}) => {
  const api = apiAs(request, 'lead');
  await signIn(page, 'lead', { path: `/?from=${FROM}&to=${TO}&per_page=10&type=activity` });
  await expect(grid(page).locator('tbody tr[data-entry-id]')).toHaveCount(10);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`time-entries_${FROM}_${TO}.csv`);
  const rows = parseCsv(readFileSync(await download.path(), 'utf8'));
  const expected = await api.get<TimeEntryWithTask[]>(`/time-entries/stream?${RANGE}&type=activity`);
  expect(rows[0]?.slice(0, 2)).toEqual(['ID', 'Start (Europe/Berlin)']);
  expect(rows.slice(1).map((r) => Number(r[0]))).toEqual(ids(expected));
  const first = expected[0] as TimeEntryWithTask;
  const local = new Date(first.start as string).toLocaleString('sv-SE', { timeZone: ZONE });
  expect(rows[1]?.[1]).toBe(local);
  await expect(page.getByText(`Exported ${expected.length.toLocaleString('en-GB')} entries.`)).toBeVisible();
});

test('a task filter that matches nothing shows the empty state', async ({ page, request }) => {
  const api = apiAs(request, 'lead');
  const tasks = (await api.get<TasksPage>('/tasks?per_page=100')).data;
  // One stream at a time: the API lets one person hold only a few open at once.
  let idle: Task | undefined;
  for (const t of tasks) {
    const found = await api.get<TimeEntryWithTask[]>(`/time-entries/stream?${RANGE}&task_id=${t.id}`);
    if (found.length === 0) {
      idle = t;
      break;
    }
  }
  const [from, to, task] = idle ? [FROM, TO, idle] : [day(-700), day(-690), tasks[0] as Task];
  await signIn(page, 'lead', { path: `/?from=${from}&to=${to}&task=${task.id}` });
  await expect(grid(page).getByRole('heading', { name: 'No entries match' })).toBeVisible();
  await expect(grid(page).locator('tbody tr[data-entry-id]')).toHaveCount(0);
  await expect(summary(page)).toHaveText('0 entries · 0:00 tracked');
});
