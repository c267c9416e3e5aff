import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorBody } from '../../contract/index.ts';
import { ALL_TIME, apiClient, authHeader, WS1, type ApiClient } from '../test-client.ts';
import { startTestServer, type TestServer } from '../testing.ts';

let server: TestServer;
let api: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  api = apiClient(server.apiUrl);
});
afterAll(() => server.close());

const TASK = `${WS1}/tasks/1/time-entries`;

/** A request with a raw, unnormalised path (fetch would clean it up). */
function rawRequest(path: string): Promise<{ status: number; body: string }> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, headers: authHeader('lead') }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function expect400(res: { status: number; json: unknown }, field: string) {
  expect(res.status).toBe(400);
  const body = apiErrorBody.parse(res.json);
  expect(body.error).toBe('validation');
  expect(body.error_description).toContain(field);
  expect(body.trace_id).toMatch(/^[0-9a-f]+$/);
}

describe('path parameters', () => {
  it.each([
    ['/organizations/abc/workspaces/1/time-entries', 'organization_id'],
    ['/organizations/1/workspaces/0/time-entries', 'workspace_id'],
    ['/organizations/1/workspaces/1/tasks/-1/time-entries', 'task_id'],
    ['/organizations/1/workspaces/1/tasks/1/time-entries/1.5', 'time_entry_id'],
    ['/organizations/1/workspaces/1/tasks/1/time-entries/99999999999999999999', 'time_entry_id'],
    ['/organizations/%F0%9F%92%A5/users', 'organization_id'],
  ])('%s answers 400 naming %s', async (path, field) => {
    await expect400(await api.get(path, { query: path.endsWith('time-entries') ? ALL_TIME : {} }), field);
  });
});

describe('bodies', () => {
  it.each([
    [{ type: 'activity', duration: -1 }, 'duration'],
    [{ type: 'activity', duration: 1.5 }, 'duration'],
    [{ type: 'activity', duration: '60' }, 'duration'],
    [{ duration: 60 }, 'type'],
    [{ type: 'meeting' }, 'type'],
    [{ type: 'activity', start: '2026-08-07' }, 'start'],
    [{ type: 'activity', time_block_id: 0 }, 'time_block_id'],
    [{ type: 'activity', user_id: 'me' }, 'user_id'],
    [{ type: 'activity', colour: 'red' }, 'colour'],
    [[{ type: 'activity' }], 'body'],
    [null, 'body'],
  ])('create with %j answers 400 naming %s', async (body, field) => {
    await expect400(await api.post(TASK, { rawBody: JSON.stringify(body) }), field);
  });

  it('names the body when it is missing or not JSON', async () => {
    await expect400(await api.post(TASK), 'body');
    const malformed = await api.post(TASK, { rawBody: '{"type": "activity",' });
    await expect400(malformed, 'body');
    expect(apiErrorBody.parse(malformed.json).error_description).toMatch(/not valid JSON/);
  });

  it('wants at least one field in a PATCH and every required one in a PUT', async () => {
    await expect400(await api.patch(`${TASK}/1`, { body: {} }), 'body');
    await expect400(await api.put(`${TASK}/1`, { body: { duration: 5 } }), 'type');
  });

  it('answers 413 for a body over 5 MB', async () => {
    const huge = JSON.stringify([{ task_id: 1, type: 'activity', pad: 'x'.repeat(6 * 1024 * 1024) }]);
    const res = await api.post(`${WS1}/time-entries/bulk`, { rawBody: huge });
    expect(res.status).toBe(413);
    expect(apiErrorBody.parse(res.json).error).toBe('payload_too_large');
  });
});

describe('routes', () => {
  it('answers 404 JSON for an unknown API route', async () => {
    for (const path of ['/nothing', '/', '/organizations/1/workspaces/1/tasks/1']) {
      const res = await api.get(path);
      expect(res.status, path).toBe(404);
      expect(apiErrorBody.parse(res.json).error).toBe('not_found');
    }
    const bare = await fetch(`${server.url}/api`, { headers: authHeader('lead') });
    expect(bare.status).toBe(404);
  });

  it('answers 405 JSON with Allow for a wrong method', async () => {
    const res = await api.delete(`${WS1}/time-entries`, { query: ALL_TIME });
    expect(res.status).toBe(405);
    // POST creates a taskless entry there.
    expect(res.headers.get('allow')).toBe('GET, POST');
    expect(apiErrorBody.parse(res.json).error).toBe('method_not_allowed');
    const restore = await api.put(`${WS1}/time-entries/bulk/restore`);
    expect(restore.status).toBe(405);
    expect(restore.headers.get('allow')).toBe('PATCH');
    // `…/time-entries/{time_entry_id}` reads an entry by id, so GET …/bulk is that read with a bad id.
    const bulk = await api.get(`${WS1}/time-entries/bulk`);
    expect(bulk.status).toBe(400);
    expect(apiErrorBody.parse(bulk.json).error_description).toContain('time_entry_id');
  });

  it('never answers 500 to odd input', async () => {
    const odd = [
      `${WS1}/time-entries?date_from=2026-02-30T00:00:00Z&date_to=2026-03-01T00:00:00Z`,
      `${WS1}/time-entries?date_from=0000-01-01T00:00:00Z&date_to=9999-12-31T23:59:59.999Z`,
      `${WS1}/time-entries?type=activity&type=break&date_from=2026-01-01T00:00:00Z&date_to=2026-01-02T00:00:00Z`,
      `${WS1}/time-entries?page=999999999999&date_from=2026-01-01T00:00:00Z&date_to=2026-01-02T00:00:00Z`,
      `${WS1}/tasks/1/time-entries/%E0%A4%A`,
      `${WS1}/tasks/1/time-entries?order_by=`,
      `${WS1}/tasks/1/time-entries?order_by=,,`,
      `${WS1}/tasks?name=${'%25'.repeat(300)}`,
      `${WS1}/tasks?name=_%5C%25`,
      `${WS1}/time-entries/time-block-ids/stream?time_block_id=${'9'.repeat(16)}`,
      `/organizations/1/users?x=1`,
      `/organizations/1/workspaces/1/../../2/time-entries`,
    ];
    for (const path of odd) {
      const res = await rawRequest(`/api${path}`);
      expect(res.status, path).toBeLessThan(500);
      expect(res.status, path).not.toBe(0);
    }
  });
});
