import { describe, expect, it } from 'vitest';
import { timeEntry } from '../../contract/index.ts';
import { openDatabase } from '../db/connection.ts';
import { EDITABLE_COLUMNS, ENTRY_COLUMN_TABLE, toRow, toTuple, type EntryTuple } from './columns.ts';

describe('the entry column table', () => {
  it('names every stored column of time_entries, in the order the table declares them', () => {
    const db = openDatabase(':memory:');
    try {
      const stored = (db.pragma('table_info(time_entries)') as { name: string }[]).map((c) => c.name);
      expect(ENTRY_COLUMN_TABLE.map((c) => c.column)).toEqual(stored);
    } finally {
      db.close();
    }
  });

  it('writes every field of the contract entry, each once', () => {
    const fields = ENTRY_COLUMN_TABLE.map((c) => c.json);
    expect(new Set(fields).size).toBe(fields.length);
    expect([...fields].sort()).toEqual(Object.keys(timeEntry.shape).sort());
  });

  it('maps a tuple to a named row and back', () => {
    const t: EntryTuple = [1, 2, 3, 4, 'break', 5, 6, null, 7, 8, null, 9];
    const row = toRow(t);
    expect(row).toEqual({
      id: 1,
      workspace_id: 2,
      user_id: 3,
      task_id: 4,
      type: 'break',
      start_ms: 5,
      duration: 6,
      time_block_id: null,
      created_at: 7,
      updated_at: 8,
      archived_at: null,
      deleted_at: 9,
    });
    expect(toTuple(row)).toEqual(t);
    expect(EDITABLE_COLUMNS).toEqual(['task_id', 'type', 'start_ms', 'duration', 'time_block_id']);
  });
});
