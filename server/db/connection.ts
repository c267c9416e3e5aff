import Database from 'better-sqlite3';
import { migrate } from './migrations.ts';
import { forgetValueSamples } from './statistics.ts';

export type Db = Database.Database;
export type Stmt<P extends unknown[] | object = unknown[], R = unknown> = Database.Statement<P, R>;

/** Opens (and migrates) the database the server writes to. */
export function openDatabase(path: string): Db {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -32000');
  db.pragma('temp_store = MEMORY');
  try {
    migrate(db);
    forgetValueSamples(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/**
 * A second, read-only connection for one long read (a stream): a better-sqlite3 connection is busy while
 * an iterator is open, and WAL gives this reader its own snapshot while the main connection keeps writing.
 */
export function openReader(path: string): Db {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -16000');
  return db;
}

const caches = new WeakMap<Db, Map<string, Stmt>>();
const rawCaches = new WeakMap<Db, Map<string, Stmt>>();
const MAX_CACHED = 500;

function cached(store: WeakMap<Db, Map<string, Stmt>>, db: Db, sql: string, raw: boolean): Stmt {
  let cache = store.get(db);
  if (!cache) {
    cache = new Map();
    store.set(db, cache);
  }
  let stmt = cache.get(sql);
  if (!stmt) {
    // Dynamic list queries vary with their filters; a bound keeps an odd client from growing the cache forever.
    if (cache.size >= MAX_CACHED) cache.clear();
    stmt = db.prepare(sql);
    if (raw) stmt.raw(true);
    cache.set(sql, stmt);
  }
  return stmt;
}

/** A prepared statement for `sql`, prepared once per connection. */
export function statement<P extends unknown[] | object = unknown[], R = unknown>(
  db: Db,
  sql: string,
): Stmt<P, R> {
  return cached(caches, db, sql, false) as unknown as Stmt<P, R>;
}

/** Like `statement`, answering rows as arrays: better-sqlite3 builds those about twice as fast as objects. */
export function rawStatement<P extends unknown[] | object = unknown[], R extends unknown[] = unknown[]>(
  db: Db,
  sql: string,
): Stmt<P, R> {
  return cached(rawCaches, db, sql, true) as unknown as Stmt<P, R>;
}
