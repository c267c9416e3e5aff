import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarize, type Violation } from '../contract/openapi/document-validator.ts';
import { timeEntry, timeEntryStream, timeEntryWithTaskPage, type TimeEntry } from '../contract/index.ts';
import { DEMO_ACCOUNTS } from './demo/accounts.ts';
import { documentValidator } from './document-check.ts';
import { ALL_TIME, apiClient, WS1, WS2, type ApiClient, type CallOptions } from './test-client.ts';
import { startTestServer, type TestServer } from './testing.ts';

/**
 * Every route of the local API, asked the way the public Focus OpenAPI document says and answering in its
 * shapes: the requests are checked against the document's parameters and bodies, the answers against its
 * definitions (every required field present, every value of its type or null).
 */
let server: TestServer;
let api: ApiClient;
const validator = documentValidator();
const asked = new Set<string>();

beforeAll(async () => {
  server = await startTestServer();
  api = apiClient(server.apiUrl);
});
afterAll(() => server.close());

/** Asks, and checks the request (unless it is wrong on purpose) and the answer against the document. */
async function call(
  method: string,
  path: string,
  status: number,
  options: CallOptions & { badRequest?: boolean } = {},
) {
  const res = await api.call(method, path, options);
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(options.query ?? {})) if (v !== undefined) query.set(k, String(v));
  const violations: Violation[] = [
    ...(options.badRequest ? [] : validator.checkRequest({ method, path, query, body: options.body })),
    ...validator.checkResponse({ method, path, status: res.status, body: res.json }),
  ];
  const op = validator.findOperation(method, path);
  if (op) asked.add(`${op.method} ${op.path}`);
  expect(res.status, res.text).toBe(status);
  expect(violations, summarize(violations)).toEqual([]);
  return res;
}

const TASK = `${WS1}/tasks/3/time-entries`;
const entryAt = (e: TimeEntry) => `${WS1}/tasks/${e.task_id}/time-entries/${e.id}`;

describe('the local API against the public document', () => {
  it('answers the reads in the document’s shapes, for a lead and for a member', async () => {
    for (const as of ['lead', 'member'] as const) {
      const page = await call('GET', `${WS1}/time-entries`, 200, {
        as,
        query: { ...ALL_TIME, per_page: 100, include_taskless: true, order_by: '-start,task_id' },
      });
      const entries = timeEntryWithTaskPage.parse(page.json).data;
      await call('GET', `${WS1}/time-entries`, 200, { as, query: { ...ALL_TIME, archived: true } });
      const stream = await call('GET', `${WS1}/time-entries/stream`, 200, {
        as,
        query: { ...ALL_TIME, include_taskless: true, expand_calendar_event: true },
      });
      // The sample holds the odd cases: taskless entries, and tasks without a project.
      const all = timeEntryStream.parse(stream.json);
      expect(all.some((e) => e.task === null)).toBe(true);
      if (as === 'lead') expect(all.some((e) => e.task?.project === null)).toBe(true);
      await call('GET', `${WS1}/time-entries/stream`, 200, { as, query: { ...ALL_TIME, type: 'break' } });
      await call('GET', TASK, 200, { as, query: { per_page: 100, order_by: 'created_at' } });
      await call('GET', `${WS1}/tasks`, 200, { as, query: { per_page: 100 } });
      await call('GET', '/organizations/1/users', 200, { as });
      const blocks = entries.flatMap((e) => (e.time_block_id === null ? [] : [e.time_block_id])).slice(0, 20);
      await call('GET', `${WS1}/time-entries/time-block-ids/stream`, 200, {
        as,
        query: { time_block_id: blocks.join(',') },
      });
      const running = entries.find((e) => e.duration === null && e.start !== null);
      if (running) await call('GET', entryAt(running as TimeEntry), 200, { as });
    }
    await call('GET', `${WS2}/time-entries`, 200, { as: 'outsider', query: ALL_TIME });
    await call('GET', '/organizations/1/users', 200, {
      query: {
        workspaces: 1,
        filter: 'a',
        page: 1,
        per_page: 5,
        sort_dir: 'desc',
        include_working_hours: true,
      },
    });
  });

  it('answers every write in the document’s shapes', async () => {
    const created = await call('POST', TASK, 201, {
      body: { type: 'activity', start: '2034-01-02T09:00:00Z', duration: 1800, time_block_id: 93_001 },
    });
    const entry = timeEntry.parse(created.json);
    await call('GET', entryAt(entry), 200);
    await call('PUT', entryAt(entry), 204, { body: { type: 'break', start: '2034-01-02T09:00:00Z' } });
    await call('PATCH', entryAt(entry), 204, { body: { duration: 900 } });
    await call('POST', `${entryAt(entry)}/archive`, 204);
    await call('POST', `${entryAt(entry)}/unarchive`, 204);
    await call('DELETE', entryAt(entry), 204);
    await call('PATCH', `${entryAt(entry)}/restore`, 204);
    const taskless = await call('POST', `${WS1}/time-entries`, 201, {
      body: { type: 'activity', duration: 600, user_id: DEMO_ACCOUNTS.member.userId },
    });
    const loose = timeEntry.parse(taskless.json);
    expect(loose.task_id).toBeNull();
    const byId = `${WS1}/time-entries/${loose.id}`;
    await call('GET', byId, 200);
    await call('PUT', byId, 204, { body: { type: 'activity', duration: 300 } });
    await call('PATCH', byId, 204, { body: { start: '2034-01-04T09:00:00Z' } });
    await call('POST', `${byId}/archive`, 204);
    await call('POST', `${byId}/unarchive`, 204);
    await call('DELETE', byId, 204);
    await call('PATCH', `${byId}/restore`, 204);
    const running = await call('POST', TASK, 201, {
      as: 'member',
      body: { type: 'activity', start: '2034-01-03T09:00:00Z' },
    });
    expect(timeEntry.parse(running.json).duration).toBeNull();
    const bulk = `${WS1}/time-entries/bulk`;
    await call('POST', bulk, 204, { body: [{ task_id: 3, type: 'activity', duration: 60 }] });
    await call('PATCH', bulk, 204, { body: [{ id: entry.id, start: null, time_block_id: null }] });
    await call('DELETE', bulk, 204, { query: { ids: `${entry.id}` } });
    await call('PATCH', `${bulk}/restore`, 204, { query: { ids: `${entry.id}` } });
  });

  it('answers refusals with the document’s error body', async () => {
    await call('GET', `${WS1}/time-entries`, 400, {
      query: { ...ALL_TIME, per_page: 101 },
      badRequest: true,
    });
    await call('GET', `${WS1}/tasks/3/time-entries/999999999`, 404);
    await call('GET', `${WS1}/time-entries`, 403, { as: 'outsider', query: ALL_TIME });
    await call('GET', '/organizations/2/users', 403);
    await call('POST', TASK, 400, { body: { type: 'activity', duration: -1 }, badRequest: true });
  });

  it('has asked every operation the local API serves', () => {
    const WS = '/organizations/{organization_id}/workspaces/{workspace_id}';
    const ENTRY = `${WS}/tasks/{task_id}/time-entries/{time_entry_id}`;
    const BY_ID = `${WS}/time-entries/{time_entry_id}`;
    expect([...asked].sort()).toEqual(
      [
        `GET ${BY_ID}`,
        `PUT ${BY_ID}`,
        `DELETE ${BY_ID}`,
        `PATCH ${BY_ID}`,
        `POST ${BY_ID}/archive`,
        `PATCH ${BY_ID}/restore`,
        `POST ${BY_ID}/unarchive`,
        `GET ${WS}/tasks/{task_id}/time-entries`,
        `POST ${WS}/tasks/{task_id}/time-entries`,
        `GET ${ENTRY}`,
        `PUT ${ENTRY}`,
        `DELETE ${ENTRY}`,
        `PATCH ${ENTRY}`,
        `POST ${ENTRY}/archive`,
        `PATCH ${ENTRY}/restore`,
        `POST ${ENTRY}/unarchive`,
        `GET ${WS}/time-entries`,
        `POST ${WS}/time-entries`,
        `POST ${WS}/time-entries/bulk`,
        `DELETE ${WS}/time-entries/bulk`,
        `PATCH ${WS}/time-entries/bulk`,
        `PATCH ${WS}/time-entries/bulk/restore`,
        `GET ${WS}/time-entries/stream`,
        `GET ${WS}/time-entries/time-block-ids/stream`,
        `GET ${WS}/tasks`,
        'GET /organizations/{organization_id}/users',
      ].sort(),
    );
  });
});
