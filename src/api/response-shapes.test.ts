import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorBody, organizationUsers, tasksPage, timeEntryWithTaskPage } from '../../contract/index.ts';
import { basicOf, startTestServer, type TestServer } from '../testing/test-server.ts';
import { paths, WRONG_VALUES, withValue } from '../testing/one-value-changes.ts';
import { isApiErrorBody } from './api-error.ts';
import type { ResponseShape } from './client.ts';
import { authorizationHeader } from './credentials.ts';
import { entryWithTaskPageShape, tasksPageShape, usersShape } from './response-shapes.ts';

// Each quick check is held to its contract schema: on what the local API answers, and on those answers
// with any one value changed to something wrong, the check and the schema must agree. A field added to
// a schema and not to its check (or the other way round) fails here.

let server: TestServer;
const answers: Record<string, unknown> = {};

async function get(path: string, status = 200): Promise<unknown> {
  const res = await fetch(`${server.apiUrl}${path}`, {
    headers: { Authorization: authorizationHeader(basicOf('lead')) },
  });
  expect(res.status).toBe(status);
  return res.json();
}

beforeAll(async () => {
  server = await startTestServer();
  const ws = '/organizations/1/workspaces/1';
  answers.page = await get(
    `${ws}/time-entries?date_from=2000-01-01T00:00:00Z&date_to=2100-01-01T00:00:00Z&include_taskless=true&per_page=100`,
  );
  answers.tasks = await get(`${ws}/tasks?per_page=100`);
  answers.users = await get('/organizations/1/users');
  answers.error = await get(`${ws}/time-entries?per_page=1000`, 400);
});
afterAll(() => server.close());

/** Checks `fits` against `schema` on `sample` and on every one-value change of it; the number it refused. */
function agreement(
  fits: (json: unknown) => boolean,
  schema: { safeParse: (v: unknown) => { success: boolean } },
  sample: unknown,
) {
  let refused = 0;
  for (const path of paths(sample)) {
    for (const value of WRONG_VALUES) {
      const changed = withValue(sample, path, value);
      const schemaOk = schema.safeParse(changed).success;
      const where = `${path.join('.') || '(whole)'} = ${typeof value === 'symbol' ? 'deleted' : JSON.stringify(value)}`;
      expect(fits(changed), where).toBe(schemaOk);
      if (!schemaOk) refused++;
    }
  }
  return refused;
}

const fitsOf = <T>(shape: ResponseShape<T>) => shape.fits ?? (() => false);
type Row = Record<string, unknown>;

describe('the entries page check', () => {
  const fits = fitsOf(entryWithTaskPageShape);

  it('accepts the page the local API answers, as the schema does', () => {
    const page = answers.page as { data: Row[] };
    expect(page.data.length).toBe(100);
    expect(timeEntryWithTaskPage.safeParse(page).success).toBe(true);
    expect(fits(page)).toBe(true);
  });

  it('agrees with the schema on every value of a page of one full row and one bare row', () => {
    const page = answers.page as { data: Row[] };
    const full = page.data.find((r) => {
      const task = r.task as Row | null;
      const project = task?.project as Row | null | undefined;
      return (task?.tags as unknown[] | undefined)?.length && task?.status && project?.client && project.rate;
    });
    expect(full).toBeDefined();
    const bare = { ...page.data[0], task: null, task_id: null };
    const sample = { ...page, data: [full, bare] };
    expect(agreement(fits, timeEntryWithTaskPage, sample)).toBeGreaterThan(300);
  });

  it('lets unknown fields through, as the schema does', () => {
    const page = answers.page as { data: Row[] };
    const newer = { ...page, cursor: 'x', data: [{ ...page.data[0], added_later: [1] }] };
    expect(fits(newer)).toBe(true);
    expect(timeEntryWithTaskPage.safeParse(newer).success).toBe(true);
  });
});

describe('the task list check', () => {
  const fits = fitsOf(tasksPageShape);

  it('accepts the list the local API answers, and agrees with the schema on every value of two tasks', () => {
    const tasks = answers.tasks as { data: Row[] };
    expect(tasks.data.length).toBeGreaterThan(2);
    expect(tasksPage.safeParse(tasks).success).toBe(true);
    expect(fits(tasks)).toBe(true);
    const full = tasks.data.find((t) => (t.tags as unknown[] | undefined)?.length && t.project && t.status);
    expect(full).toBeDefined();
    expect(agreement(fits, tasksPage, { ...tasks, data: [full, tasks.data[0]] })).toBeGreaterThan(150);
  });
});

describe('the people check', () => {
  const fits = fitsOf(usersShape);

  it('accepts the people the local API answers, and agrees with the schema on every value of two', () => {
    const users = answers.users as Row[];
    expect(users.length).toBeGreaterThan(1);
    expect(organizationUsers.safeParse(users).success).toBe(true);
    expect(fits(users)).toBe(true);
    expect(agreement(fits, organizationUsers, users.slice(0, 2))).toBeGreaterThan(40);
  });
});

describe('the error body check', () => {
  it('reads the body of a refusal as the schema does, and agrees with it on every value', () => {
    const body = answers.error as Row;
    expect(body.error).toBe('validation');
    expect(apiErrorBody.safeParse(body).success).toBe(true);
    const sample = { ...body, error_values: { ids: [3, 4] }, trace_id: 'abc' };
    expect(agreement(isApiErrorBody, apiErrorBody, sample)).toBeGreaterThan(20);
  });
});
