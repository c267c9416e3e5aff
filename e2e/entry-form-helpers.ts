/** Shared arrangements and checks for the entry-form journeys (data goes through the real API). */
import { expect as baseExpect, type APIRequestContext, type Page } from '@playwright/test';
import type { Task, TasksPage, TimeEntry } from '../contract/index.ts';
import { apiAs } from './support/api.ts';
import { signIn } from './support/session.ts';

/**
 * Every journey signs in and loads an entries screen behind the dialog, and each write waits for the
 * table's refetch; on a busy machine (several suites at once) that takes a while.
 */
export const JOURNEY_TIMEOUT = 120_000;
export const expect = baseExpect.configure({ timeout: 25_000 });

/** Screenshots for review go to SHOTS_DIR when it is set; a normal run takes none. */

export async function shot(page: Page, name: string) {
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/form-${name}.png` });
}

export async function tasks(request: APIRequestContext): Promise<Task[]> {
  return (await apiAs(request).get<TasksPage>('/tasks?per_page=100')).data;
}

export async function taskNamed(request: APIRequestContext, name: string): Promise<Task> {
  const task = (await tasks(request)).find((t) => t.name === name);
  if (!task) throw new Error(`no task ${name}`);
  return task;
}

/** A fresh entry of the lead's, so each test owns its data. */
export async function arrangeEntry(
  request: APIRequestContext,
  task: Task,
  body: Record<string, unknown> = {},
): Promise<TimeEntry> {
  const res = await apiAs(request).send('POST', `/tasks/${task.id}/time-entries`, {
    type: 'activity',
    start: '2026-03-02T08:00:00Z',
    duration: 3600,
    ...body,
  });
  expect(res.status).toBe(201);
  return res.body as TimeEntry;
}

/** The entry as the API has it, with `start` as a plain UTC instant so tests compare moments, not spellings. */
export async function readEntry(request: APIRequestContext, taskId: number, id: number): Promise<TimeEntry> {
  const entry = await apiAs(request).get<TimeEntry>(`/tasks/${taskId}/time-entries/${id}`);
  return { ...entry, start: entry.start ? new Date(entry.start).toISOString().replace('.000Z', 'Z') : null };
}

/** Picks a Type the way a person does: by clicking its label. */
export async function chooseType(dialog: ReturnType<Page['getByRole']>, type: 'Activity' | 'Break') {
  await dialog.getByText(type, { exact: true }).click();
  await expect(dialog.getByRole('radio', { name: type })).toBeChecked();
}

/**
 * Opens the form from its URL. The Archived screen hosts the same form with a much smaller table behind
 * it, which keeps these journeys quick; the table journeys below use the Entries screen.
 */
export async function openForm(page: Page, form: string, options: { keep?: boolean } = {}) {
  await signIn(page, 'lead', { path: `/archived?form=${form}`, ...options });
}

/** Counts requests that touch time entries (reads and writes): a refused form must send none. */
export function countEntryRequests(page: Page) {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/time-entries')) seen.push(`${r.method()} ${r.url()}`);
  });
  return seen;
}
