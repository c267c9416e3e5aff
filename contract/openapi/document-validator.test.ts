import { describe, expect, it } from 'vitest';
import { createDocumentValidator } from './document-validator.ts';

const validator = createDocumentValidator();
const WS = '/organizations/1/workspaces/1';

const entry = {
  id: 7,
  workspace_id: 1,
  toggl_user_id: 3,
  task_id: 11,
  type: 'activity',
  start: '2026-08-07T09:00:00Z',
  duration: 5400,
  time_block_id: null,
  created_at: '2026-08-07T09:00:00Z',
  updated_at: '2026-08-07T10:30:00Z',
  archived_at: null,
  deleted_at: null,
};
const getEntry = (body: unknown, status = 200) =>
  validator.checkResponse({ method: 'GET', path: `${WS}/tasks/11/time-entries/7`, status, body });

describe('responses against the document', () => {
  it('passes an entry whose unset fields are null', () => {
    expect(getEntry(entry)).toEqual([]);
    expect(getEntry({ ...entry, duration: null, start: null })).toEqual([]);
  });

  it('fails on a missing required field, naming the object and the field', () => {
    const { toggl_user_id: _gone, ...rest } = entry;
    const [violation, ...more] = getEntry(rest);
    expect(more).toEqual([]);
    expect(violation).toMatchObject({
      operation:
        'GET /organizations/{organization_id}/workspaces/{workspace_id}/tasks/{task_id}/time-entries/{time_entry_id}',
      at: '/toggl_user_id',
      kind: 'models.TimeEntry requires toggl_user_id',
    });
  });

  it('fails on a wrong type, a value outside an enum and a date-time that is not RFC 3339', () => {
    const at = (body: unknown) => getEntry(body).map((v) => v.at);
    expect(at({ ...entry, duration: '5400' })).toEqual(['/duration']);
    expect(at({ ...entry, type: 'meeting' })).toEqual(['/type']);
    expect(at({ ...entry, start: '2026-08-07 09:00' })).toEqual(['/start']);
  });

  it('allows null for a property but not for a whole body or an array item', () => {
    expect(getEntry(null)).toHaveLength(1);
    const stream = (body: unknown) =>
      validator.checkResponse({
        method: 'GET',
        path: `${WS}/time-entries/time-block-ids/stream`,
        status: 200,
        body,
      });
    expect(stream([entry])).toEqual([]);
    expect(stream([entry, null])).toHaveLength(1);
  });

  it('checks nested objects through their references', () => {
    const page = {
      data: [{ ...entry, task: { id: 11, name: 'Design review' } }],
      page: 1,
      per_page: 50,
    };
    const kinds = validator
      .checkResponse({ method: 'GET', path: `${WS}/time-entries`, status: 200, body: page })
      .map((v) => v.kind);
    expect(kinds).toContain('models.Task requires allocation_unit');
    expect(kinds).toContain('models.Task requires workspace_id');
  });

  it('holds undocumented error statuses to the error body, and undocumented successes fail', () => {
    expect(getEntry({ error: 'invalid_session', error_description: 'Sign in again.' }, 401)).toEqual([]);
    expect(getEntry({ message: 'nope' }, 401).map((v) => v.kind)).toContain('response.Error requires error');
    expect(getEntry(entry, 202)[0]?.message).toMatch(/not documented/);
  });

  it('wants no body where the document gives none, and the most literal path wins', () => {
    const del = (path: string, body?: unknown) =>
      validator.checkResponse({ method: 'DELETE', path, status: 204, body });
    expect(del(`${WS}/time-entries/bulk`)).toEqual([]);
    expect(del(`${WS}/time-entries/bulk`, {})).toHaveLength(1);
    expect(validator.findOperation('DELETE', `${WS}/time-entries/bulk`)?.path).toMatch(/\/bulk$/);
  });
});

describe('requests against the document', () => {
  const list = (query: Record<string, string>) =>
    validator.checkRequest({ method: 'GET', path: `${WS}/time-entries`, query: new URLSearchParams(query) });
  const range = { date_from: '2026-08-01T00:00:00Z', date_to: '2026-08-31T23:59:59Z' };

  it('passes a list request with documented parameters, arrays comma-separated', () => {
    expect(
      list({ ...range, order_by: '-start,task_id', archived: 'true', include_taskless: 'true' }),
    ).toEqual([]);
  });

  it('names unknown, missing and badly typed parameters', () => {
    expect(list({ ...range, colour: 'red' }).map((v) => v.at)).toEqual(['colour']);
    expect(list({ date_from: range.date_from }).map((v) => v.message)).toEqual(['date_to is required']);
    expect(list({ ...range, page: 'two', archived: 'yes', order_by: 'duration' }).map((v) => v.at)).toEqual([
      'page',
      'archived',
      'order_by',
    ]);
    const badPath = validator.checkRequest({ method: 'GET', path: `/organizations/one/users` });
    expect(badPath.map((v) => v.message)).toEqual(['organization_id: "one" is not an integer']);
  });

  it('checks bodies: types, required fields, and none where the operation takes none', () => {
    const create = (body: unknown) =>
      validator.checkRequest({ method: 'POST', path: `${WS}/tasks/3/time-entries`, body });
    expect(
      create({ type: 'activity', start: '2026-08-07T09:00:00Z', duration: 60, time_block_id: null }),
    ).toEqual([]);
    expect(create({ start: '2026-08-07T09:00:00Z' }).map((v) => v.at)).toEqual(['/type']);
    expect(create({ type: 'activity', duration: 1.5 }).map((v) => v.at)).toEqual(['/duration']);
    expect(create(undefined).map((v) => v.message)).toEqual(['body is required']);
    const archive = validator.checkRequest({
      method: 'POST',
      path: `${WS}/tasks/3/time-entries/4/archive`,
      body: {},
    });
    expect(archive.map((v) => v.message)).toEqual(['the operation takes no body']);
  });
});
