import { expect, test } from '@playwright/test';
import { signIn } from './support/session.ts';

// Every request the dashboard sends to /api is held to the public Focus OpenAPI document by the tests'
// server; this makes sure that check would notice a request the document does not allow.
test('a request outside the document is caught, named, and fails the run', async ({ page, request }) => {
  await signIn(page, 'lead');
  const before = (await (await request.get('/__document-check')).json()) as unknown[];
  expect(before).toEqual([]);
  await page.evaluate(async () => {
    await fetch('/api/organizations/1/users?colour=red');
    await fetch('/api/organizations/1/workspaces/1/time-entries?date_from=2026-08-07');
  });
  const found = (await (await request.get('/__document-check')).json()) as { at: string; message: string }[];
  expect(found.map((v) => v.at).sort()).toEqual(['colour', 'date_to']);
  expect(found.find((v) => v.at === 'colour')?.message).toMatch(/not a parameter/);
  // Cleared, so the run's teardown does not fail on what this test sent on purpose.
  await request.delete('/__document-check');
});
