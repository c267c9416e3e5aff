import { expect, test } from '@playwright/test';
import type { TimeEntryWithTask } from '../contract/index.ts';
import { apiAs } from './support/api.ts';
import { signIn } from './support/session.ts';

const window90 = () => {
  const from = new Date(Date.now() - 90 * 86_400_000).toISOString();
  const to = new Date(Date.now() + 86_400_000).toISOString();
  return `/time-entries/stream?date_from=${from}&date_to=${to}&include_taskless=true`;
};

/**
 * A member never sees another person's entries in a list (the API hides them), so the one way to aim a
 * change at one is by its id: here a bulk restore, which is a PATCH of that entry.
 */
test('a member trying to change another person’s entry sees the API’s refusal, and nothing changes', async ({
  page,
  request,
}) => {
  const lead = apiAs(request, 'lead');
  const member = apiAs(request, 'member');
  const memberId = (await member.get<TimeEntryWithTask[]>(window90()))[0]?.toggl_user_id;
  const someoneElse = (await lead.get<TimeEntryWithTask[]>(window90())).find(
    (e) => e.toggl_user_id !== memberId,
  );
  if (!someoneElse) throw new Error('no entry of another person');
  expect((await lead.send('DELETE', `/time-entries/bulk?ids=${someoneElse.id}`)).status).toBe(204);

  await signIn(page, 'member', { path: '/deleted' });
  const refusals: number[] = [];
  page.on('response', (r) => {
    if (r.request().method() === 'PATCH') refusals.push(r.status());
  });
  await page.getByLabel('Restore by entry id').fill(String(someoneElse.id));
  await page.getByRole('button', { name: 'Restore', exact: true }).click();

  const alert = page.getByRole('alert');
  await expect(alert).toContainText(`1 entry not restored (#${someoneElse.id})`);
  await expect(alert).toContainText('belong to someone else; changing them needs manage_time_entries');
  expect(refusals).toEqual([403]);
  await expect(page.getByText('Restored 1 entry')).toBeHidden();

  // Still deleted: the lead does not see it in any list either.
  const live = new Set((await lead.get<TimeEntryWithTask[]>(window90())).map((e) => e.id));
  expect(live.has(someoneElse.id)).toBe(false);
  // And the member's History shows no operation that did not happen.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { name: 'No bulk changes yet' })).toBeVisible();
});
