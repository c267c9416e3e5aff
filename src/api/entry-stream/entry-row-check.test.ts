import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timeEntryWithTask } from '../../../contract/index.ts';
import { basicOf, startTestServer, type TestServer } from '../../testing/test-server.ts';
import { paths, WRONG_VALUES, withValue } from '../../testing/one-value-changes.ts';
import { authorizationHeader } from '../credentials.ts';
import { entryProblem, taskProblem } from './entry-row-check.ts';

let server: TestServer;
let rows: Record<string, unknown>[];

beforeAll(async () => {
  server = await startTestServer();
  const query = new URLSearchParams({ date_from: '2000-01-01T00:00:00Z', date_to: '2100-01-01T00:00:00Z' });
  const res = await fetch(`${server.apiUrl}/organizations/1/workspaces/1/time-entries/stream?${query}`, {
    headers: { Authorization: authorizationHeader(basicOf('lead')) },
  });
  rows = (await res.json()) as Record<string, unknown>[];
});
afterAll(() => server.close());

const lightProblem = (row: unknown) =>
  entryProblem(row) ?? taskProblem((row as { task?: unknown } | null)?.task);

describe('the light row check', () => {
  it('accepts every row the local API streams, as the schema does', () => {
    expect(rows.length).toBeGreaterThan(2500);
    for (const row of rows) {
      expect(timeEntryWithTask.safeParse(row).success).toBe(true);
      expect(lightProblem(row)).toBeNull();
    }
  });

  it('agrees with the schema on every field of a row set to a wrong value', () => {
    // One row with a full task (status, tags, client, project with client and rate) and one without.
    const full = rows.find((r) => {
      const task = r.task as Record<string, unknown> | null;
      const project = task?.project as Record<string, unknown> | null | undefined;
      return (task?.tags as unknown[] | undefined)?.length && task?.client && project?.client && project.rate;
    });
    const bare = { ...rows[0], task: null, task_id: null };
    expect(full).toBeDefined();
    let broken = 0;
    for (const row of [full, bare]) {
      for (const path of paths(row)) {
        if (path.length === 0) continue;
        for (const value of WRONG_VALUES) {
          const changed = withValue(row, path, value);
          const schemaOk = timeEntryWithTask.safeParse(changed).success;
          const problem = lightProblem(changed);
          const where = `${path.join('.')} = ${String(typeof value === 'symbol' ? 'deleted' : JSON.stringify(value))}`;
          expect(problem === null, `${where}: ${problem}`).toBe(schemaOk);
          if (problem) {
            broken++;
            expect(problem, where).toContain(String(path.filter((p) => typeof p === 'string').at(-1)));
          }
        }
      }
    }
    expect(broken).toBeGreaterThan(150);
  });

  it('lets unknown fields through and refuses what is not an object', () => {
    expect(lightProblem({ ...rows[0], added_in_a_later_version: [1, 2] })).toBeNull();
    expect(entryProblem(null)).toBe('row: expected an object');
    expect(entryProblem([rows[0]])).toBe('row: expected an object');
    expect(taskProblem('Design')).toBe('task: expected an object');
  });
});
