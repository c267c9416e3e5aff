import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorBody } from '../../contract/index.ts';
import { apiClient, authHeader, WS1, type ApiClient } from '../test-client.ts';
import { startTestServer, type TestServer } from '../testing.ts';

let server: TestServer;
let api: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  api = apiClient(server.apiUrl);
  await api.get('/organizations/1/users'); // the credentials are remembered from here on
});
afterAll(() => server.close());

const BULK = `${WS1}/time-entries/bulk`;
const TASK = `${WS1}/tasks/1/time-entries`;

async function post(path: string, body: string, contentType?: string) {
  const res = await fetch(`${server.apiUrl}${path}`, {
    method: 'POST',
    headers: { ...authHeader('lead'), ...(contentType ? { 'Content-Type': contentType } : {}) },
    body,
  });
  const text = await res.text();
  return {
    status: res.status,
    json: text ? (JSON.parse(text) as unknown) : undefined,
  };
}

/** POSTs `body` with node:http, with its length declared. */
function postRaw(path: string, body: Buffer): Promise<{ status: number; json: unknown }> {
  const url = new URL(`${server.apiUrl}${path}`);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: { ...authHeader('lead'), 'Content-Type': 'application/json', 'Content-Length': body.length },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('hostile bodies', () => {
  // How long the refusal takes (800 ms or more, all of it blocking, before the depth limit) is a figure
  // `npm run bench:hostile` prints, beside a concurrent GET's: a timed assertion here fails on a busy machine.
  it('refuses 4.8 MB of "[" as too deep, not as malformed JSON, while a concurrent GET is answered', async () => {
    const nested = Buffer.from('['.repeat(4_800_000));
    for (let i = 0; i < 3; i++) {
      const concurrent = api.get('/organizations/1/users');
      const res = await postRaw(BULK, nested);
      expect(res.status).toBe(400);
      const body = apiErrorBody.parse(res.json);
      // JSON.parse would have read all of it and named the end of input: the gauge stopped at level 33.
      expect(body.error_description).toBe('body is nested deeper than 32 levels');
      expect(body.error_values).toEqual({ body: 'body is nested deeper than 32 levels' });
      expect((await concurrent).status).toBe(200);
    }
  });

  it('refuses millions of tiny values before parsing them', async () => {
    const res = await post(BULK, `[${Array(1_000_000).fill(1).join(',')}]`, 'application/json');
    expect(res.status).toBe(400);
    expect(apiErrorBody.parse(res.json).error_description).toBe('body holds more than 50,000 values');
  });

  it('takes a full bulk request, at depth 2', async () => {
    const items = Array.from({ length: 1000 }, () => ({ task_id: 1, type: 'activity', duration: 60 }));
    expect((await post(BULK, JSON.stringify(items), 'application/json')).status).toBe(204);
  });
});

describe('Content-Type', () => {
  const body = JSON.stringify({ type: 'activity', duration: 60 });

  it.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset="UTF-8"'])(
    'takes %s',
    async (type) => {
      expect((await post(TASK, body, type)).status).toBe(201);
    },
  );

  it.each([
    ['text/plain;charset=UTF-8', 'text/plain;charset=UTF-8'],
    ['application/x-www-form-urlencoded', 'application/x-www-form-urlencoded'],
    ['application/json with another charset', 'application/json; charset=iso-8859-1'],
    ['a look-alike', 'application/jsonp'],
  ])('answers 415 for %s', async (_, type) => {
    const res = await post(TASK, body, type);
    expect(res.status).toBe(415);
    const error = apiErrorBody.parse(res.json);
    expect(error.error).toBe('unsupported_media_type');
    expect(error.error_description).toContain('Content-Type');
  });

  it('answers 415 for a body without a Content-Type', async () => {
    const res = await fetch(`${server.apiUrl}${TASK}`, {
      method: 'POST',
      headers: authHeader('lead'),
      body: new Uint8Array(Buffer.from(body)),
    });
    expect(res.status).toBe(415);
  });

  it('leaves a request without a body to the route: 400 naming the body', async () => {
    const res = await post(TASK, '', undefined);
    expect(res.status).toBe(400);
    expect(apiErrorBody.parse(res.json).error_description).toContain('body');
  });
});
