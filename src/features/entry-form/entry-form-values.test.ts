import { describe, expect, it } from 'vitest';
import type { TimeEntry } from '../../../contract/index.ts';
import {
  changedFields,
  conflictRows,
  entryFormSchema,
  hasConflict,
  isFullReplace,
  valuesFromEntry,
  type EntryFields,
} from './entry-form-values.ts';

const tz = 'Europe/Berlin';
const base: TimeEntry = {
  id: 5,
  workspace_id: 1,
  toggl_user_id: 1,
  task_id: 3,
  type: 'activity',
  start: '2026-03-02T08:00:00.000Z',
  duration: 3600,
  time_block_id: null,
  created_at: '2026-03-02T08:00:00Z',
  updated_at: '2026-03-02T08:00:00Z',
};
const fields = (over: Partial<EntryFields> = {}): EntryFields => ({
  start: '2026-03-02T08:00:00Z',
  duration: 3600,
  task_id: 3,
  type: 'activity',
  time_block_id: null,
  user_id: null,
  ...over,
});

describe('entryFormSchema', () => {
  const schema = entryFormSchema(tz);
  it('turns the typed text into API values', () => {
    const r = schema.safeParse({ ...valuesFromEntry(base, tz), duration: '1h 30m', timeBlock: ' 12 ' });
    expect(r.success && r.data).toEqual(fields({ duration: 5400, time_block_id: 12 }));
  });

  it('reads an empty duration as running and an empty start as none', () => {
    const r = schema.safeParse({ ...valuesFromEntry(base, tz), start: '', duration: '' });
    expect(r.success && r.data).toMatchObject({ start: null, duration: null });
  });

  it('names every bad field', () => {
    const r = schema.safeParse({
      start: 'soon',
      duration: '-1h',
      taskId: null,
      type: 'activity',
      timeBlock: 'x',
      userId: '',
    });
    expect(r.success).toBe(false);
    const paths = r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
    expect(paths.sort()).toEqual(['duration', 'start', 'taskId', 'timeBlock']);
  });
});

describe('changedFields', () => {
  it('is empty when nothing changed, even if the start is spelled differently', () => {
    expect(changedFields(base, fields())).toEqual({});
    // The form shows whole seconds: milliseconds stored by another client are not a change.
    expect(changedFields({ ...base, start: '2026-03-02T08:00:00.731Z' }, fields())).toEqual({});
  });

  it('holds only what changed, including a move to another task', () => {
    expect(changedFields(base, fields({ duration: 60, task_id: 9 }))).toEqual({ duration: 60, task_id: 9 });
    expect(changedFields(base, fields({ duration: null }))).toEqual({ duration: null });
  });

  it('calls for PUT only when every replaceable field changed and the task did not', () => {
    const all = { start: '2026-03-03T08:00:00Z', duration: 60, type: 'break' as const, time_block_id: 4 };
    expect(isFullReplace(changedFields(base, fields(all)))).toBe(true);
    expect(isFullReplace(changedFields(base, fields({ ...all, task_id: 9 })))).toBe(false);
    expect(isFullReplace(changedFields(base, fields({ duration: 60 })))).toBe(false);
  });
});

describe('conflictRows', () => {
  it('shows their change beside yours and flags a conflict', () => {
    const server = { ...base, duration: 7200, updated_at: 'later' };
    const rows = conflictRows(base, server, fields({ start: '2026-03-02T09:00:00Z' }));
    expect(rows).toEqual([
      { field: 'start', yours: '2026-03-02T09:00:00Z', theirs: base.start, changedBy: 'you' },
      { field: 'duration', yours: 3600, theirs: 7200, changedBy: 'them' },
    ]);
    expect(hasConflict(rows)).toBe(true);
  });

  it('is no conflict when only you changed fields (they changed something else, like archiving)', () => {
    const server = { ...base, archived_at: '2026-03-03T00:00:00Z', updated_at: 'later' };
    expect(hasConflict(conflictRows(base, server, fields({ duration: 60 })))).toBe(false);
  });

  it('leaves out a field both set to the same value', () => {
    const server = { ...base, duration: 60, updated_at: 'later' };
    expect(conflictRows(base, server, fields({ duration: 60 }))).toEqual([]);
  });

  it('marks a field both changed differently', () => {
    const server = { ...base, type: 'break' as const };
    expect(conflictRows(base, server, fields({ type: 'break', duration: 5 }))).toEqual([
      { field: 'duration', yours: 5, theirs: 3600, changedBy: 'you' },
    ]);
    expect(conflictRows(base, { ...server, duration: 10 }, fields({ duration: 5 }))[1]).toMatchObject({
      field: 'type',
      changedBy: 'them',
    });
    expect(conflictRows(base, { ...base, duration: 10 }, fields({ duration: 5 }))).toEqual([
      { field: 'duration', yours: 5, theirs: 10, changedBy: 'both' },
    ]);
  });
});
