import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Violation } from '../contract/openapi/document-validator.ts';
import { watchAnswers } from './document-check.ts';

/** A stand-in server whose answers are whatever the test asks for, watched like the test servers are. */
let server: http.Server;
let base: string;
let violations: Violation[];
const ENTRY = '/api/organizations/1/workspaces/1/tasks/3/time-entries/7';

const entry = {
  id: 7,
  workspace_id: 1,
  toggl_user_id: 1,
  task_id: 3,
  type: 'activity',
  start: null,
  duration: null,
  created_at: '2026-08-07T09:00:00.000Z',
};

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const answer = new URL(req.url ?? '/', 'http://x').searchParams.get('answer') ?? '{}';
    res.writeHead(200, { 'Content-Type': 'application/json' });
    // Written in two pieces, as the streams are.
    res.write(answer.slice(0, 5));
    res.end(answer.slice(5));
  });
  violations = watchAnswers(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function answer(path: string, body: unknown): Promise<Violation[]> {
  violations.length = 0;
  const res = await fetch(`${base}${path}?answer=${encodeURIComponent(JSON.stringify(body))}`);
  await res.text();
  // The check runs when the response finishes on the server's side.
  await new Promise((resolve) => setTimeout(resolve, 20));
  return [...violations];
}

describe('watchAnswers', () => {
  it('passes an answer in the document’s shape, written in pieces', async () => {
    expect(await answer(ENTRY, entry)).toEqual([]);
  });

  it('records a missing required field and a wrong type', async () => {
    const { toggl_user_id: _gone, ...rest } = entry;
    expect((await answer(ENTRY, rest)).map((v) => v.kind)).toEqual([
      'models.TimeEntry requires toggl_user_id',
    ]);
    expect((await answer(ENTRY, { ...entry, id: '7' })).map((v) => v.at)).toEqual(['/id']);
  });

  it('leaves alone what is not below /api', async () => {
    expect(await answer('/index.html', { anything: true })).toEqual([]);
  });
});
