import { statement, type Db } from '../db/connection.ts';
import { EDITABLE_COLUMNS, ENTRY_COLUMN_TABLE, type EntryFields, type EntryRow } from './columns.ts';

/** A new entry: whose, where, and the fields a client edits. */
export type NewEntry = EntryFields & Pick<EntryRow, 'workspace_id' | 'user_id'>;

/** A stored row, for seeding: timestamps given, not taken from the clock. */
export type SeedEntry = Omit<EntryRow, 'id'>;

const INSERTED = ENTRY_COLUMN_TABLE.map((c) => c.column).filter((name) => name !== 'id');
const INSERT = `INSERT INTO time_entries (${INSERTED.join(', ')})
  VALUES (${INSERTED.map((name) => `@${name}`).join(', ')})`;

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
  const changed = EDITABLE_COLUMNS.filter((k) => fields[k] !== before[k]);
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
