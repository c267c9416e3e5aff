import { describe, expect, it } from 'vitest';
import {
  apiErrorBody,
  bulkCreateBody,
  bulkPatchBody,
  createEntryBody,
  describeIssues,
  entryPath,
  idsQuery,
  organizationUsers,
  patchEntryBody,
  replaceEntryBody,
  streamEntriesQuery,
  taskEntriesQuery,
  tasksPage,
  timeBlockStreamQuery,
  timeEntry,
  timeEntryStream,
  timeEntryWithTaskPage,
  workspaceEntriesQuery,
} from './index.ts';
import * as z from 'zod/mini';

// zod/mini carries no messages of its own; the server sets English ones, and so does this test.
z.config(z.locales.en());

/** Parses and returns the error sentence, failing the test if the input was accepted. */
function rejection(schema: z.ZodMiniType, input: unknown): string {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`accepted: ${JSON.stringify(input)}`);
  return describeIssues(result.error);
}

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
const range = { date_from: '2026-08-01T00:00:00Z', date_to: '2026-08-31T23:59:59Z' };

describe('responses', () => {
  it('parses an entry and keeps fields a newer API adds', () => {
    const parsed = timeEntry.parse({ ...entry, description: 'standup', billable: true });
    expect(parsed.duration).toBe(5400);
    expect(parsed).toMatchObject({ description: 'standup', billable: true });
  });

  it('parses a running entry and a planned one', () => {
    expect(timeEntry.parse({ ...entry, duration: null }).duration).toBeNull();
    expect(timeEntry.parse({ ...entry, start: null }).start).toBeNull();
  });

  it('parses a workspace page with embedded tasks and a bare stream array', () => {
    const task = {
      id: 11,
      name: 'Design review',
      color: '#ff0000',
      status: { id: 1, name: 'Doing', emoji: '🔨', type: 'in_progress' },
      priority: 'high',
      tags: [{ id: 1, name: 'client', color: '#00f' }],
      client: { id: 2, name: 'Globex' },
      project: {
        id: 4,
        name: 'Website',
        color: '#123456',
        rate: { billable: true, currency: 'EUR', hourly_rate: 90 },
      },
    };
    const page = timeEntryWithTaskPage.parse({ data: [{ ...entry, task }], page: 1, per_page: 50 });
    expect(page.data[0]?.task?.project?.rate?.hourly_rate).toBe(90);
    expect(timeEntryStream.parse([{ ...entry, task }])).toHaveLength(1);
  });

  it('rejects an entry whose type is not activity or break, naming type', () => {
    expect(rejection(timeEntry, { ...entry, type: 'meeting' })).toMatch(/^type/);
  });

  it('rejects an entry without an id', () => {
    const { id: _id, ...rest } = entry;
    expect(rejection(timeEntry, rest)).toMatch(/^id/);
  });

  it('parses the error body, the tasks page and the users list', () => {
    expect(
      apiErrorBody.parse({ error: 'validation', error_description: 'per_page…', trace_id: 'x' }).error,
    ).toBe('validation');
    expect(
      tasksPage.parse({ data: [{ id: 1, name: 'T', workspace_id: 1 }], page: 1, per_page: 50, total: 1 })
        .total,
    ).toBe(1);
    expect(organizationUsers.parse([{ id: 1, user_account_id: 3, name: 'Ann', email: 'a@x' }])).toHaveLength(
      1,
    );
  });
});

describe('path and query parameters', () => {
  it('reads ids from path strings', () => {
    expect(
      entryPath.parse({ organization_id: '1', workspace_id: '2', task_id: '3', time_entry_id: '4' }),
    ).toEqual({
      organization_id: 1,
      workspace_id: 2,
      task_id: 3,
      time_entry_id: 4,
    });
  });

  it.each([
    [{ organization_id: 'abc', workspace_id: '2', task_id: '3', time_entry_id: '4' }, /organization_id/],
    [{ organization_id: '1', workspace_id: '0', task_id: '3', time_entry_id: '4' }, /workspace_id/],
    [{ organization_id: '1', workspace_id: '2', task_id: '-3', time_entry_id: '4' }, /task_id/],
    [{ organization_id: '1', workspace_id: '2', task_id: '3', time_entry_id: '4.5' }, /time_entry_id/],
  ])('rejects a bad path id %#, naming it', (input, field) => {
    expect(rejection(entryPath, input)).toMatch(field);
  });

  it('accepts a full workspace query and splits order_by', () => {
    const q = workspaceEntriesQuery.parse({
      ...range,
      task_id: '5',
      status_id: '2',
      type: 'break',
      page: '2',
      per_page: '100',
      order_by: '-start,task_id',
      archived: 'true',
      time_block_id: '9',
    });
    expect(q).toMatchObject({ page: 2, per_page: 100, archived: true, order_by: ['-start', 'task_id'] });
  });

  it.each([
    [{ ...range, date_from: '2026-08-07' }, /date_from/],
    [{ date_from: range.date_from }, /date_to/],
    [{ ...range, per_page: '101' }, /per_page must be at most 100/],
    [{ ...range, per_page: '0' }, /per_page/],
    [{ ...range, page: 'two' }, /page/],
    [{ ...range, order_by: 'duration' }, /order_by/],
    [{ ...range, order_by: 'start,-start' }, /order_by/],
    [{ ...range, type: 'meeting' }, /type/],
    [{ ...range, archived: 'yes' }, /archived/],
    [{ ...range, date_from: range.date_to, date_to: range.date_from }, /date_to/],
    [{ ...range, colour: 'red' }, /colour/],
  ])('rejects bad workspace query %#, naming the field', (input, field) => {
    expect(rejection(workspaceEntriesQuery, input)).toMatch(field);
  });

  it('validates the task list, stream, time-block stream and ids queries', () => {
    expect(taskEntriesQuery.parse({ archived: 'false' }).archived).toBe(false);
    expect(rejection(streamEntriesQuery, { ...range, page: '1' })).toMatch(/page/);
    expect(timeBlockStreamQuery.parse({ time_block_id: '1,2,3' }).time_block_id).toEqual([1, 2, 3]);
    expect(rejection(timeBlockStreamQuery, {})).toMatch(/time_block_id/);
    expect(rejection(timeBlockStreamQuery, { time_block_id: '1,,2' })).toMatch(/time_block_id/);
    expect(idsQuery.parse({ ids: '4,5' }).ids).toEqual([4, 5]);
    expect(rejection(idsQuery, { ids: 'a,b' })).toMatch(/ids/);
    expect(rejection(idsQuery, { ids: Array.from({ length: 1001 }, (_, i) => i + 1).join(',') })).toMatch(
      /at most 1000/,
    );
  });
});

describe('request bodies', () => {
  it('accepts create, replace and patch bodies', () => {
    expect(
      createEntryBody.parse({
        type: 'activity',
        start: '2026-08-07T09:00:00+02:00',
        duration: 60,
        user_id: 3,
      }),
    ).toBeTruthy();
    expect(replaceEntryBody.parse({ type: 'break', start: null, duration: null })).toBeTruthy();
    expect(patchEntryBody.parse({ start: null })).toEqual({ start: null });
  });

  it.each([
    [createEntryBody, { start: '2026-08-07T09:00:00Z' }, /^type/],
    [createEntryBody, { type: 'activity', duration: -1 }, /^duration must not be negative/],
    [createEntryBody, { type: 'activity', duration: 1.5 }, /^duration/],
    [createEntryBody, { type: 'activity', duration: '90' }, /^duration/],
    [createEntryBody, { type: 'activity', start: 'yesterday' }, /^start/],
    [createEntryBody, { type: 'activity', stop: '2026-08-07T09:00:00Z' }, /unknown field stop/],
    [replaceEntryBody, { duration: 10 }, /^type/],
    [patchEntryBody, {}, /at least one/],
    [patchEntryBody, { task_id: 0 }, /^task_id/],
    [patchEntryBody, { type: 'meeting' }, /^type/],
  ])('rejects body %#, naming the field', (schema, input, message) => {
    expect(rejection(schema, input)).toMatch(message);
  });

  it('validates bulk bodies as bare arrays and names the item', () => {
    expect(bulkCreateBody.parse([{ task_id: 1, type: 'activity', duration: 60 }])).toHaveLength(1);
    expect(rejection(bulkCreateBody, { items: [] })).toMatch(/array/);
    expect(rejection(bulkCreateBody, [])).toMatch(/at least one/);
    // An item without a task is a taskless entry; one without a type names the item.
    expect(bulkCreateBody.parse([{ type: 'activity' }])).toHaveLength(1);
    expect(rejection(bulkCreateBody, [{ task_id: 1, type: 'activity' }, { task_id: 1 }])).toMatch(
      /^\[1\]\.type/,
    );
    expect(
      bulkPatchBody.parse([
        { id: 1, duration: 60 },
        { id: 2, start: null },
      ]),
    ).toHaveLength(2);
    expect(
      rejection(bulkPatchBody, [
        { id: 1, duration: 60 },
        { id: 1, duration: 30 },
      ]),
    ).toMatch(/\[1\]\.id.*twice/);
    expect(rejection(bulkPatchBody, [{ duration: 60 }])).toMatch(/^\[0\]\.id/);
    expect(rejection(bulkPatchBody, [{ id: 3, duration: -5 }])).toMatch(/^\[0\]\.duration/);
  });
});
