import { expect, test } from '@playwright/test';
import type {
  EmbeddedTask,
  OrganizationUser,
  TasksPage,
  TimeEntryWithTask,
  TimeEntryWithTaskPage,
} from '../contract/index.ts';
import {
  day,
  range,
  at,
  ids,
  headline,
  grid,
  filters,
  summary,
  expectRows,
  expectVirtualRows,
  goTo,
  FROM,
  TO,
  RANGE,
} from './entries-table-helpers.ts';
import { apiAs } from './support/api.ts';
import { signIn } from './support/session.ts';

test('each filter narrows the table to exactly what the API returns for it', async ({ page, request }) => {
  // Many round trips; on a busy machine they need more than the default minute.
  test.slow();
  const api = apiAs(request, 'lead');
  const list = (q = '') =>
    api.get<TimeEntryWithTaskPage>(`/time-entries?${RANGE}&per_page=100${q}`).then((p) => p.data);
  const all = await list();
  const stream = await api.get<TimeEntryWithTask[]>(`/time-entries/stream?${RANGE}`);
  await signIn(page, 'lead', { path: `/?from=${FROM}&to=${TO}&per_page=100` });
  await expectRows(page, ids(all));
  // The headline counts every matching entry, not the page on screen.
  await expect(summary(page)).toHaveText(headline(stream));

  const task = all.find((e) => e.task)?.task as EmbeddedTask;
  await filters(page).getByRole('combobox', { name: 'Task' }).fill(task.name.slice(0, 10));
  await page
    .getByRole('option', { name: new RegExp(`^${task.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
    .click();
  await expect(page).toHaveURL(new RegExp(`task=${task.id}`));
  await expectRows(page, ids(await list(`&task_id=${task.id}`)));
  await filters(page).getByRole('button', { name: 'Clear filters' }).click();
  await expectRows(page, ids(all));

  const status = all.find((e) => e.task?.status)?.task?.status as NonNullable<EmbeddedTask['status']>;
  await filters(page).getByLabel('Status').selectOption(String(status.id));
  await expectRows(page, ids(await list(`&status_id=${status.id}`)));
  await filters(page).getByLabel('Status').selectOption('');

  await filters(page).getByLabel('Type').selectOption('break');
  const breaks = await list('&type=break');
  expect(breaks.length).toBeGreaterThan(0);
  await expectRows(page, ids(breaks));
  await filters(page).getByLabel('Type').selectOption('');

  const block = all.find((e) => e.time_block_id)?.time_block_id as number;
  await filters(page).getByLabel('Time block').fill(String(block));
  await filters(page).getByLabel('Time block').press('Enter');
  await expectRows(page, ids(await list(`&time_block_id=${block}`)));
  await filters(page).getByRole('button', { name: 'Clear filters' }).click();

  // No person parameter exists: the table pages through every matching entry of that person.
  const person = all[0]?.toggl_user_id as number;
  const users = (await (await api.raw('/api/organizations/1/users')).json()) as OrganizationUser[];
  const name = users.find((u) => u.user_account_id === person)?.name as string;
  await filters(page).getByLabel('Person').selectOption({ label: name });
  const theirs = stream.filter((e) => e.toggl_user_id === person);
  await expectRows(page, ids(theirs.slice(0, 100)));
  await expect(page.getByRole('navigation', { name: 'Pages' })).toContainText(
    `Rows 1–${Math.min(100, theirs.length)} of ${theirs.length}`,
  );
  // In the whole range every entry is loaded, then filtered.
  await page.getByRole('radio', { name: 'Whole range' }).check();
  await expectVirtualRows(page, ids(theirs));
});

test('the column headers sort by the orders the API offers, in both directions', async ({
  page,
  request,
}) => {
  // Many round trips; on a busy machine they need more than the default minute.
  test.slow();
  const api = apiAs(request, 'lead');
  const list = (order: string) =>
    api
      .get<TimeEntryWithTaskPage>(`/time-entries?${RANGE}&per_page=100&order_by=${order}`)
      .then((p) => ids(p.data));
  await signIn(page, 'lead', { path: `/?from=${FROM}&to=${TO}&per_page=100` });
  const header = (name: string) => grid(page).getByRole('columnheader', { name });
  await expect(header('Start')).toHaveAttribute('aria-sort', 'descending');

  await header('Task').getByRole('button').click();
  await expect(page).toHaveURL(/sort=task_id/);
  await expect(header('Task')).toHaveAttribute('aria-sort', 'ascending');
  await expectRows(page, await list('task_id'));
  await header('Task').getByRole('button').click();
  await expect(header('Task')).toHaveAttribute('aria-sort', 'descending');
  await expectRows(page, await list('-task_id'));

  await header('Last updated').getByRole('button').click();
  await expectRows(page, await list('-updated_at'));
  await header('Last updated').getByRole('button').click();
  await expectRows(page, await list('updated_at'));

  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Created' }).check();
  await page.keyboard.press('Escape');
  await header('Created').getByRole('button').click();
  await expectRows(page, await list('-created_at'));

  await header('Start').getByRole('button').click();
  await expect(page).not.toHaveURL(/sort=/);
  await header('Start').getByRole('button').click();
  await expectRows(page, await list('start'));
});

test('in the whole range the headers sort in the browser, as the API would, without a new download', async ({
  page,
  request,
}) => {
  const api = apiAs(request, 'lead');
  await signIn(page, 'lead', { path: `/?from=${FROM}&to=${TO}&mode=all&sort=start` });
  const header = (name: string) => grid(page).getByRole('columnheader', { name });
  const stream = (order: string) =>
    api.get<TimeEntryWithTask[]>(`/time-entries/stream?${RANGE}&order_by=${order}`).then(ids);
  await expectVirtualRows(page, await stream('start'));
  const requests: string[] = [];
  page.on('request', (r) => r.url().includes('/time-entries') && requests.push(r.url()));
  await header('Task').getByRole('button').click();
  await expectVirtualRows(page, await stream('task_id'));
  await header('Task').getByRole('button').click();
  await expectVirtualRows(page, await stream('-task_id'));
  expect(requests).toEqual([]);
});

test('pages forward and back, and knows the last page without a total', async ({ page, request }) => {
  // Many round trips; on a busy machine they need more than the default minute.
  test.slow();
  const api = apiAs(request, 'lead');
  const [from, to] = [day(-9), day(-1)];
  const r = range(from, to);
  const pageOf = (n: number, per: number) =>
    api.get<TimeEntryWithTaskPage>(`/time-entries?${r}&per_page=${per}&page=${n}`).then((p) => ids(p.data));
  await signIn(page, 'lead', { path: `/?from=${from}&to=${to}&per_page=100` });
  const pager = page.getByRole('navigation', { name: 'Pages' });
  const next = pager.getByRole('button', { name: 'Next' });
  const total = (await api.get<TimeEntryWithTask[]>(`/time-entries/stream?${r}`)).length;
  const last = Math.ceil(total / 100);
  expect(last).toBeGreaterThan(1);
  for (let n = 1; n <= last; n++) {
    await expectRows(page, await pageOf(n, 100));
    await expect(pager.getByText(`Page ${n}`)).toBeVisible();
    if (n < last) await next.click();
  }
  await expect(next).toBeDisabled();
  await pager.getByRole('button', { name: 'Previous' }).click();
  await expect(page).toHaveURL(new RegExp(`page=${last - 1}`));
  await expectRows(page, await pageOf(last - 1, 100));

  // An exactly full page: only the prefetched next page can tell it is the last.
  const base = day(-420);
  const tasks = await api.get<TasksPage>('/tasks?per_page=5');
  const startAt = new Date(at(base, 9));
  const items = Array.from({ length: 20 }, (_, i) => ({
    task_id: tasks.data[i % tasks.data.length]?.id,
    type: 'activity',
    start: new Date(startAt.getTime() + i * 15 * 60_000).toISOString(),
    duration: 600,
  }));
  expect((await api.send('POST', '/time-entries/bulk', items)).status).toBe(204);
  await goTo(page, `/?from=${base}&to=${base}&per_page=10`);
  await expectRows(
    page,
    await api
      .get<TimeEntryWithTaskPage>(`/time-entries?${range(base, base)}&per_page=10`)
      .then((p) => ids(p.data)),
  );
  await expect(next).toBeEnabled();
  await next.click();
  await expect(grid(page).locator('tbody tr[data-entry-id]')).toHaveCount(10);
  await expect(next).toBeDisabled();
});

test('reload, back/forward and a pasted link restore the same view', async ({ page, request, context }) => {
  // Many round trips; on a busy machine they need more than the default minute.
  test.slow();
  const api = apiAs(request, 'lead');
  await signIn(page, 'lead', { path: `/?from=${FROM}&to=${TO}&per_page=25`, keep: true });
  await filters(page).getByLabel('Type').selectOption('activity');
  await grid(page).getByRole('columnheader', { name: 'Task' }).getByRole('button').click();
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/page=2/);
  const q = `/time-entries?${RANGE}&per_page=25&type=activity&order_by=task_id`;
  const page2 = ids((await api.get<TimeEntryWithTaskPage>(`${q}&page=2`)).data);
  const page1 = ids((await api.get<TimeEntryWithTaskPage>(`${q}&page=1`)).data);
  await expectRows(page, page2);
  const url = page.url();

  await page.reload();
  await expect(page).toHaveURL(url);
  await expectRows(page, page2);
  await expect(filters(page).getByLabel('Type')).toHaveValue('activity');
  await expect(grid(page).getByRole('columnheader', { name: 'Task' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );

  await page.goBack();
  await expectRows(page, page1);
  await page.goForward();
  await expectRows(page, page2);

  const pasted = await context.newPage();
  await signIn(pasted, 'lead', { path: url.replace(/^https?:\/\/[^/]+/, '') });
  await expect(pasted).toHaveURL(url);
  await expectRows(pasted, page2);
});
