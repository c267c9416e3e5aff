import { createHash } from 'node:crypto';
import { hashApiKey, hashPassword } from '../auth/passwords.ts';
import type { Db } from '../db/connection.ts';
import { analyze } from '../db/statistics.ts';
import { insertEntries, type SeedEntry } from '../time-entries/store-writes.ts';
import { DEMO_ACCOUNTS, DEMO_WORKSPACE_ID, SIDE_WORKSPACE_ID } from './accounts.ts';
import { ORGANIZATION, PEOPLE, WORKSPACES } from './catalog.ts';
import { leadToday, workdayEntries, type Worker } from './entries.ts';
import { withDemoProblems } from './problems.ts';
import { createRandom, type Random } from './random.ts';
import { tasklessStarts } from './taskless.ts';
import { insertCatalog } from './seed-catalog.ts';

export interface SeedOptions {
  /** The clock the data is dated against; defaults to now. */
  now?: number;
  /** Entries in Acme Studio; by default whatever 60 working days give (about 3,000). */
  entries?: number;
  /** Plant the mistakes "Needs attention" finds; by default in the demo, not in a data set of a given size. */
  problems?: boolean;
}

export interface SeedSummary {
  entries: number;
}

const SEED = 20260807;
const accounts = Object.values(DEMO_ACCOUNTS);
const passwordHashes = new Map<string, Promise<string>>();

/** scrypt is slow on purpose; tests seed many databases, so one process hashes each password once. */
function passwordHash(password: string): Promise<string> {
  let hash = passwordHashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    passwordHashes.set(password, hash);
  }
  return hash;
}

/** A stable UUID-shaped `user_id` string for a demo person. */
const userUid = (id: number) =>
  createHash('sha256')
    .update(`focus-demo-user-${id}`)
    .digest('hex')
    .slice(0, 32)
    .replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');

const DAY = 86_400_000;

/** Large data sets reach back further than the catalog's dates: every task and project predates its entries. */
function predateCatalog(db: Db): void {
  db.exec(`
    UPDATE tasks SET created_at = MIN(created_at, COALESCE((SELECT MIN(e.start_ms) FROM time_entries e
      WHERE e.workspace_id = tasks.workspace_id AND e.task_id = tasks.id) - ${DAY}, created_at));
    UPDATE projects SET created_at = MIN(created_at,
      COALESCE((SELECT MIN(t.created_at) FROM tasks t WHERE t.project_id = projects.id) - ${DAY}, created_at));
  `);
}

export function hasData(db: Db): boolean {
  return db.prepare('SELECT 1 FROM users LIMIT 1').get() !== undefined;
}

function workersFor(rng: Random, userIds: readonly number[], taskIds: readonly number[]): Worker[] {
  return userIds.map((userId) => {
    const count = Math.min(taskIds.length, rng.int(4, 7));
    const picked = new Set<number>();
    while (picked.size < count) picked.add(rng.pick(taskIds));
    return { userId, taskIds: [...picked] };
  });
}

function acmeEntries(
  rng: Random,
  workers: Worker[],
  taskIds: readonly number[],
  now: number,
  target?: number,
) {
  const lead = DEMO_ACCOUNTS.lead.userId;
  const generate = (days: number) => {
    const worked = [
      ...workdayEntries({
        workspaceId: DEMO_WORKSPACE_ID,
        workers,
        days,
        now,
        rng: createRandom(rng.int(1, 2 ** 31)),
        firstTimeBlockId: 1,
        skipTodayFor: new Set([lead]),
      }),
    ];
    const taskless = [...tasklessStarts(worked, createRandom(SEED + 3), now)];
    return [...worked, ...taskless].sort((a, b) => (a.start_ms ?? 0) - (b.start_ms ?? 0));
  };
  let days = 60;
  let rows = generate(days);
  while (target !== undefined && rows.length < target) {
    days *= 2;
    rows = generate(days);
  }
  const nextBlock = rows.reduce((max, r) => Math.max(max, r.time_block_id ?? 0), 0) + 1;
  const today = [...leadToday(DEMO_WORKSPACE_ID, lead, taskIds, now, nextBlock)];
  if (target !== undefined) rows = rows.slice(Math.max(0, rows.length - (target - today.length)));
  return [...rows, ...today];
}

/** The demo organization, its two workspaces and their entries, dated relative to `now`. */
export async function seedDemo(db: Db, options: SeedOptions = {}): Promise<SeedSummary> {
  const now = options.now ?? Date.now();
  const rng = createRandom(SEED);
  const hashes = await Promise.all(accounts.map((a) => passwordHash(a.password)));
  const credentials = new Map<number, { password: string | undefined; apiKey: string }>(
    accounts.map((a, i) => [a.userId, { password: hashes[i], apiKey: a.apiKey }]),
  );

  return db.transaction(() => {
    db.prepare('INSERT INTO organizations (id, name) VALUES (?, ?)').run(ORGANIZATION.id, ORGANIZATION.name);
    const insertUser = db.prepare(
      'INSERT INTO users (id, uid, name, email, password_hash, api_key_hash) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const insertOrgUser = db.prepare(
      'INSERT INTO organization_users (id, organization_id, user_id, role, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    for (const p of PEOPLE) {
      const c = credentials.get(p.id);
      insertUser.run(
        p.id,
        userUid(p.id),
        p.name,
        p.email,
        c?.password ?? null,
        c ? hashApiKey(c.apiKey) : null,
      );
      // People joined over the organization's first year, a year and a half ago.
      insertOrgUser.run(100 + p.id, ORGANIZATION.id, p.id, p.role ?? 'member', now - (540 - 30 * p.id) * DAY);
    }
    const taskIds = new Map<number, number[]>();
    for (const ws of WORKSPACES) taskIds.set(ws.id, insertCatalog(db, ORGANIZATION.id, ws, now));

    const acmeTasks = taskIds.get(DEMO_WORKSPACE_ID) ?? [];
    const acme = WORKSPACES.find((w) => w.id === DEMO_WORKSPACE_ID);
    const acmeWorkers = workersFor(rng, acme?.members.map(([id]) => id) ?? [], acmeTasks);
    let rows: SeedEntry[] = acmeEntries(rng, acmeWorkers, acmeTasks, now, options.entries);
    if (options.problems ?? options.entries === undefined) rows = withDemoProblems(rows, now);

    const sideTasks = taskIds.get(SIDE_WORKSPACE_ID) ?? [];
    const sideWorkers = [DEMO_ACCOUNTS.lead.userId, DEMO_ACCOUNTS.outsider.userId].map((userId) => ({
      userId,
      taskIds: sideTasks,
    }));
    const side = workdayEntries({
      workspaceId: SIDE_WORKSPACE_ID,
      workers: sideWorkers,
      days: 60,
      now,
      rng: createRandom(SEED + 1),
      firstTimeBlockId: 1,
    });
    const sideRng = createRandom(SEED + 2);
    for (const e of side) if (sideRng.chance(0.08)) rows.push(e);

    rows.sort((a, b) => (a.start_ms ?? 0) - (b.start_ms ?? 0));
    const entries = insertEntries(db, rows);
    predateCatalog(db);
    analyze(db);
    return { entries };
  })();
}
