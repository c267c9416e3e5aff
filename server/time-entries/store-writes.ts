import type { TimeEntryType } from '../../contract/index.ts';
import { statement, type Db } from '../db/connection.ts';

/** The fields a client edits; everything else is kept by the server. */
export interface EntryFields {
  task_id: number | null;
  type: TimeEntryType;
  start_ms: number | null;
  duration: number | null;
  time_block_id: number | null;
}

export interface NewEntry extends EntryFields {
  workspace_id: number;
  user_id: number;
}

/** A stored row, for seeding: timestamps given, not taken from the clock. */
export interface SeedEntry extends NewEntry {
  created_at: number;
  updated_at: number;
  archived_at: number | null;
  deleted_at: number | null;
}

const INSERT = `INSERT INTO time_entries
  (workspace_id, user_id, task_id, type, start_ms, duration, time_block_id, created_at, updated_at, archived_at, deleted_at)
  VALUES (@workspace_id, @user_id, @task_id, @type, @start_ms, @duration, @time_block_id,
          @created_at, @updated_at, @archived_at, @deleted_at)`;

export function insertEntry(db: Db, entry: NewEntry, now: number): number {
  const result = statement<[SeedEntry]>(db, INSERT).run({
    ...entry,
    created_at: now,
    updated_at: now,
    archived_at: null,
    deleted_at: null,
  });
  return Number(result.lastInsertRowid);
}

/** Inserts many rows in one transaction (seeding, tests, bulk create). */
export function insertEntries(db: Db, entries: Iterable<SeedEntry>): number {
  const insert = statement<[SeedEntry]>(db, INSERT);
  return db.transaction(() => {
    let count = 0;
    for (const e of entries) {
      insert.run(e);
      count++;
    }
    return count;
  })();
}

// updated_at always moves forward, even for two writes within one millisecond, so clients can spot a change.
const BUMP = 'updated_at = MAX(@now, updated_at + 1)';

const EDITABLE = ['task_id', 'type', 'start_ms', 'duration', 'time_block_id'] as const;

/**
 * Writes the fields that differ from `before` (and always moves updated_at): every index over an unchanged
 * column is left alone, which halves the pages a typical one-field PATCH writes.
 */
export function updateEntry(
  db: Db,
  before: EntryFields & { id: number },
  fields: EntryFields,
  now: number,
): void {
  const changed = EDITABLE.filter((k) => fields[k] !== before[k]);
  const sets = changed.map((k) => `${k} = @${k}`).join(', ');
  statement<[Partial<EntryFields> & { id: number; now: number }]>(
    db,
    `UPDATE time_entries SET ${sets}${sets ? ', ' : ''}${BUMP} WHERE id = @id`,
  ).run({ ...Object.fromEntries(changed.map((k) => [k, fields[k]])), id: before.id, now });
}

export function setArchived(db: Db, id: number, archived: boolean, now: number): void {
  statement<[{ id: number; now: number; at: number | null }]>(
    db,
    `UPDATE time_entries SET archived_at = @at, ${BUMP} WHERE id = @id`,
  ).run({ id, now, at: archived ? now : null });
}

export function setDeleted(db: Db, id: number, deleted: boolean, now: number): void {
  statement<[{ id: number; now: number; at: number | null }]>(
    db,
    `UPDATE time_entries SET deleted_at = @at, ${BUMP} WHERE id = @id`,
  ).run({ id, now, at: deleted ? now : null });
}
