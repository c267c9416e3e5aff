import { TZDate } from '@date-fns/tz';
import { expect, test, type Page } from '@playwright/test';
import type { TasksPage, TimeEntry } from '../contract/index.ts';
import { apiAs } from './support/api.ts';
import { signIn } from './support/session.ts';

const ZONE = 'Europe/Berlin';
const HOUR = 3_600_000;
/** Chloé Martin: nobody else's demo problems are hers, so what the view shows for her is what this test made. */
const PERSON = 11;
const MEMBER = 2;

/** Berlin wall-clock time on the latest Saturday at least three days back: she has no entries at weekends. */
function saturdayAt(hour: number, minute = 0, dayOffset = 0): string {
  const now = new TZDate(Date.now(), ZONE);
  const back = ((now.getDay() + 1) % 7) + (now.getDay() >= 2 && now.getDay() <= 5 ? 0 : 7);
  const day = new TZDate(
    now.getFullYear(),
    now.getMonth(),
    now.getDate() - back + dayOffset,
    hour,
    minute,
    ZONE,
  );
  return new Date(day.getTime()).toISOString();
}

const region = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) });

test('a lead finds an overlap, copies, a forgotten timer and a 14-hour entry, fixes three, and undoes one', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const api = apiAs(request, 'lead');
  const get = (e: TimeEntry) => api.get<TimeEntry>(`/tasks/${e.task_id}/time-entries/${e.id}`);
  const tasks = (await api.get<TasksPage>('/tasks?per_page=5')).data.map((t) => t.id);
  const [taskA = 1, taskB = 2] = tasks;
  const create = async (task: number, start: string, duration: number | null, user = PERSON) => {
    const res = await api.send('POST', `/tasks/${task}/time-entries`, {
      type: 'activity',
      start,
      duration,
      user_id: user,
    });
    expect(res.status).toBe(201);
    return res.body as TimeEntry;
  };

  // A timer started 30 hours ago, on the hour, and a day of hers since then cleared so nothing else overlaps it.
  let runningStart = Math.floor((Date.now() - 30 * HOUR) / HOUR) * HOUR;
  if (new TZDate(runningStart, ZONE).getHours() >= 22) runningStart -= 3 * HOUR;
  const from = new Date(runningStart - 60_000).toISOString();
  const to = new Date(Date.now() + 86_400_000).toISOString();
  const since = await api.get<TimeEntry[]>(
    `/time-entries/stream?date_from=${from}&date_to=${to}&include_taskless=true`,
  );
  const hers = since.filter((e) => e.toggl_user_id === PERSON).map((e) => e.id);
  if (hers.length)
    expect((await api.send('DELETE', `/time-entries/bulk?ids=${hers.join(',')}`)).status).toBe(204);

  const earlier = await create(taskA, saturdayAt(9), 90 * 60);
  const later = await create(taskB, saturdayAt(10), 60 * 60);
  const original = await create(taskA, saturdayAt(13), 60 * 60);
  const copy = await create(taskA, saturdayAt(13), 60 * 60);
  const long = await create(taskB, saturdayAt(19), 14 * 3600);
  const running = await create(taskA, new Date(runningStart).toISOString(), null);
  const membersZero = await create(taskB, saturdayAt(12), 0, MEMBER);

  await signIn(page, 'lead', { path: `/attention?person=${PERSON}` });
  await expect(page.getByRole('heading', { name: 'Needs attention', level: 1 })).toBeVisible();
  const link = (e: TimeEntry) => page.getByRole('link', { name: `Open entry ${e.id}`, exact: true });
  await expect(
    region(page, 'Overlapping')
      .getByRole('row')
      .filter({ has: link(earlier) })
      .filter({ has: link(later) }),
  ).toBeVisible();
  await expect(
    region(page, 'Duplicates')
      .getByRole('row')
      .filter({ has: link(original) })
      .filter({ has: link(copy) }),
  ).toBeVisible();
  await expect(
    region(page, 'Running too long')
      .getByRole('row')
      .filter({ has: link(running) }),
  ).toBeVisible();
  await expect(
    region(page, 'Very long')
      .getByRole('row')
      .filter({ has: link(long) }),
  ).toBeVisible();
  await expect(
    region(page, 'Very long')
      .getByRole('row')
      .filter({ has: link(long) }),
  ).toContainText('14:00');
  // The member's entry is someone else's: the person filter leaves it out.
  await expect(link(membersZero)).toHaveCount(0);

  // Trim the earlier of the pair: it ends where the later starts.
  const overlaps = region(page, 'Overlapping');
  await overlaps.getByRole('checkbox', { name: `Select the pair #${earlier.id} and #${later.id}` }).check();
  await expect(overlaps.getByLabel(`Fix for #${earlier.id} and #${later.id}`)).toHaveValue('earlier');
  await overlaps.getByRole('button', { name: 'Preview fix for 1 selected' }).click();
  let dialog = page.getByRole('dialog', { name: 'Preview: trim 1 overlapping pair' });
  await expect(dialog.getByRole('row').filter({ hasText: `#${earlier.id}` })).toContainText('1:30');
  await expect(dialog.getByRole('row').filter({ hasText: `#${earlier.id}` })).toContainText('1:00');
  // The first try is refused, naming the entry: the dialog says exactly which and why, and sends it again.
  const bulk = '**/api/organizations/1/workspaces/1/time-entries/bulk';
  await page.route(bulk, (route) =>
    route.request().method() === 'PATCH'
      ? route.fulfill({
          status: 409,
          contentType: 'application/json',
          body: JSON.stringify({
            error: 'conflict',
            error_description: 'The entry was changed meanwhile.',
            error_values: { ids: [earlier.id] },
          }),
        })
      : route.fallback(),
  );
  await dialog.getByRole('button', { name: 'Apply to 1 entry' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('1 entry was not changed. The API said why:');
  const failed = dialog.getByRole('region', { name: 'Failed: The entry was changed meanwhile.' });
  await expect(failed.getByRole('listitem').filter({ hasText: `#${earlier.id}` })).toContainText(
    'named as the cause',
  );
  expect((await get(earlier)).duration).toBe(90 * 60);
  await page.unroute(bulk);
  await dialog.getByRole('button', { name: 'Try again (1)' }).click();
  await expect(page.getByText('Trimmed overlapping entries on 1 entry')).toBeVisible();
  expect((await get(earlier)).duration).toBe(3600);
  expect((await get(later)).start).toBe(later.start);
  await expect(link(later)).toHaveCount(0);

  // Delete the copy, keep the oldest.
  const duplicates = region(page, 'Duplicates');
  await duplicates.getByRole('checkbox', { name: `Select the copies #${original.id}, #${copy.id}` }).check();
  await duplicates.getByRole('button', { name: 'Delete all but the oldest, for 1 selected' }).click();
  dialog = page.getByRole('dialog', { name: 'Delete 1 duplicate?' });
  await expect(dialog.getByRole('table', { name: 'Copies to delete' }).getByRole('row').nth(1)).toContainText(
    new RegExp(`#${copy.id} .*#${original.id} `),
  );
  await dialog.getByRole('button', { name: 'Delete 1 entry' }).click();
  await expect(page.getByText('Deleted 1 entry')).toBeVisible();
  expect((await api.send('DELETE', `/tasks/${copy.task_id}/time-entries/${copy.id}`)).status).toBe(404);
  expect((await get(original)).deleted_at ?? null).toBeNull();

  // Stop the forgotten timer at a typed time an hour after it started.
  const runningGroup = region(page, 'Running too long');
  await runningGroup.getByRole('checkbox', { name: `Select entry ${running.id}` }).check();
  const stopAt = new TZDate(runningStart + HOUR, ZONE);
  await runningGroup
    .getByLabel('Stop time (hh:mm, on the day it started)')
    .fill(`${String(stopAt.getHours()).padStart(2, '0')}:00`);
  await runningGroup.getByRole('button', { name: 'Preview fix for 1 selected' }).click();
  dialog = page.getByRole('dialog', { name: 'Preview: stop 1 running entry' });
  await expect(dialog).toContainText('is running: setting a duration stops it');
  await dialog.getByRole('button', { name: 'Apply to 1 entry' }).click();
  await expect(page.getByText(/^Stopped running entries at \d\d:00 on 1 entry$/)).toBeVisible();
  expect((await get(running)).duration).toBe(3600);
  await expect(region(page, 'Running too long')).toContainText('Nothing here.');

  // Much later, History puts the trimmed entry back as it was.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  const record = page.getByRole('listitem', { name: 'Trimmed overlapping entries' });
  await record.getByRole('button', { name: 'Undo edit' }).click();
  await expect(record.getByText(/^Undone/)).toBeVisible();
  expect((await get(earlier)).duration).toBe(90 * 60);

  // A member sees only their own problems.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, 'member', { path: '/attention' });
  await expect(
    region(page, 'Zero length')
      .getByRole('row')
      .filter({ has: link(membersZero) }),
  ).toBeVisible();
  for (const e of [earlier, later, original, long]) await expect(link(e)).toHaveCount(0);
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Needs attention/ }),
  ).toBeVisible();
});
