import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorBody, timeEntry } from '../../contract/index.ts';
import { apiClient, WS1, type ApiClient } from '../test-client.ts';
import { startTestServer, type TestServer } from '../testing.ts';

let server: TestServer;
let api: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  api = apiClient(server.apiUrl);
});
afterAll(() => server.close());

const TASK = `${WS1}/tasks/1/time-entries`;
/** RFC 3339 as the API answers it: UTC, four-digit year, milliseconds, `Z`. */
const RFC3339_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const OUT_OF_RANGE = [
  ['year 10000 once in UTC', '9999-12-31T23:59:59-23:59'],
  ['year 0000', '0000-01-01T00:00:00Z'],
  ['year 0000 once in UTC', '0001-01-01T00:30:00+01:00'],
];

function expectNamed(res: { status: number; json: unknown }, field: string) {
  expect(res.status).toBe(400);
  const body = apiErrorBody.parse(res.json);
  expect(body.error).toBe('validation');
  expect(body.error_description).toContain(`${field} must lie in the years 0001 to 9999`);
}

describe('timestamps outside years 0001–9999', () => {
  it.each(OUT_OF_RANGE)(
    'a start in %s is a 400 naming start, on create, PUT, PATCH and bulk',
    async (_, start) => {
      expectNamed(await api.post(TASK, { body: { type: 'activity', start } }), 'start');
      const created = timeEntry.parse(
        (await api.post(TASK, { body: { type: 'activity', duration: 60 } })).json,
      );
      expectNamed(await api.put(`${TASK}/${created.id}`, { body: { type: 'activity', start } }), 'start');
      expectNamed(await api.patch(`${TASK}/${created.id}`, { body: { start } }), 'start');
      const bulk = await api.post(`${WS1}/time-entries/bulk`, {
        body: [{ task_id: 1, type: 'activity', start }],
      });
      expectNamed(bulk, '[0].start');
      const patch = await api.patch(`${WS1}/time-entries/bulk`, { body: [{ id: created.id, start }] });
      expectNamed(patch, '[0].start');
    },
  );

  it.each(OUT_OF_RANGE)('a date window in %s is a 400 naming the bound', async (_, at) => {
    const inside = '2026-01-01T00:00:00Z';
    expectNamed(
      await api.get(`${WS1}/time-entries`, { query: { date_from: at, date_to: inside } }),
      'date_from',
    );
    expectNamed(
      await api.get(`${WS1}/time-entries/stream`, { query: { date_from: inside, date_to: at } }),
      'date_to',
    );
  });

  it('takes the first and the last instants, and answers them in RFC 3339', async () => {
    for (const [start, expected] of [
      ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00.000Z'],
      ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
      ['9999-12-31T23:59:59+01:00', '9999-12-31T22:59:59.000Z'],
    ]) {
      const res = await api.post(TASK, { body: { type: 'activity', start, duration: 0 } });
      expect(res.status, res.text).toBe(201);
      const entry = timeEntry.parse(res.json);
      expect(entry.start).toBe(expected);
      for (const stamp of [entry.start, entry.created_at, entry.updated_at])
        expect(stamp).toMatch(RFC3339_UTC);
    }
  });
});
