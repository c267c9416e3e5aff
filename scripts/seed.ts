/**
 * Builds a large demo data set for benchmarks and table tests:
 *   npm run seed -- --entries 100000 [--db data/bench.db] [--force]
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase } from '../server/db/connection.ts';
import { hasData, seedDemo } from '../server/demo/seed.ts';

export async function seedLarge(dbPath: string, entries: number, force: boolean): Promise<number> {
  mkdirSync(dirname(dbPath), { recursive: true });
  if (existsSync(dbPath) && force) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  }
  const db = openDatabase(dbPath);
  try {
    if (hasData(db)) throw new Error(`${dbPath} already has data; pass --force to replace it`);
    const written = (await seedDemo(db, { entries })).entries;
    // Fold the write-ahead log into the file now rather than on the first writes a benchmark makes.
    db.pragma('wal_checkpoint(TRUNCATE)');
    return written;
  } finally {
    db.close();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      entries: { type: 'string', default: '100000' },
      db: { type: 'string', default: 'data/bench.db' },
      force: { type: 'boolean', default: false },
    },
  });
  const entries = Number(values.entries);
  if (!Number.isInteger(entries) || entries < 10)
    throw new Error('--entries must be an integer of at least 10');
  const dbPath = resolve(values.db);
  const started = performance.now();
  const written = await seedLarge(dbPath, entries, values.force);
  console.log(`Wrote ${written} entries to ${dbPath} in ${Math.round(performance.now() - started)} ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
