import type { Db } from '../db/connection.ts';
import type { WorkspaceCatalog } from './catalog.ts';

const DAY = 86_400_000;

/**
 * Writes one workspace with its members, clients, projects, statuses, tags and tasks; returns task ids.
 * Projects date from a few months before `now`, each task a few days after its project; the workspace's
 * first member made the tasks.
 */
export function insertCatalog(db: Db, organizationId: number, ws: WorkspaceCatalog, now: number): number[] {
  db.prepare('INSERT INTO workspaces (id, organization_id, name) VALUES (?, ?, ?)').run(
    ws.id,
    organizationId,
    ws.name,
  );
  const member = db.prepare(
    'INSERT INTO workspace_members (workspace_id, user_id, manage_time_entries) VALUES (?, ?, ?)',
  );
  for (const [userId, manage] of ws.members) member.run(ws.id, userId, manage ? 1 : 0);

  const id = (result: { lastInsertRowid: number | bigint }) => Number(result.lastInsertRowid);
  const clients = new Map<string, number>();
  const insertClient = db.prepare('INSERT INTO clients (workspace_id, name) VALUES (?, ?)');
  for (const name of ws.clients) clients.set(name, id(insertClient.run(ws.id, name)));

  const projects = new Map<string, number>();
  const insertProject = db.prepare(
    `INSERT INTO projects (workspace_id, client_id, name, color, billable, currency, hourly_rate, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const projectCreated = new Map<string, number>();
  ws.projects.forEach((p, i) => projectCreated.set(p.name, now - (150 - 9 * i) * DAY - ws.id * 3_600_000));
  for (const p of ws.projects) {
    const clientId = p.client ? (clients.get(p.client) ?? null) : null;
    const billable = p.hourlyRate !== undefined ? 1 : 0;
    projects.set(
      p.name,
      id(
        insertProject.run(
          ws.id,
          clientId,
          p.name,
          p.color,
          billable,
          p.currency ?? null,
          p.hourlyRate ?? null,
          projectCreated.get(p.name) ?? now,
        ),
      ),
    );
  }

  const statuses = new Map<string, number>();
  const insertStatus = db.prepare(
    'INSERT INTO statuses (workspace_id, name, emoji, type) VALUES (?, ?, ?, ?)',
  );
  for (const s of ws.statuses) statuses.set(s.key, id(insertStatus.run(ws.id, s.name, s.emoji, s.type)));

  const tags = new Map<string, number>();
  const insertTag = db.prepare('INSERT INTO tags (workspace_id, name, color) VALUES (?, ?, ?)');
  for (const t of ws.tags) tags.set(t.name, id(insertTag.run(ws.id, t.name, t.color)));

  const insertTask = db.prepare(
    `INSERT INTO tasks (workspace_id, project_id, status_id, name, color, priority, created_at, user_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const maker = ws.members[0]?.[0] ?? null;
  const inProject = new Map<string, number>();
  const insertTaskTag = db.prepare('INSERT INTO task_tags (task_id, tag_id) VALUES (?, ?)');
  const taskIds: number[] = [];
  for (const t of ws.tasks) {
    const project = t.project ? ws.projects.find((p) => p.name === t.project) : undefined;
    const nth = inProject.get(t.project ?? '') ?? 0;
    inProject.set(t.project ?? '', nth + 1);
    const created = (projectCreated.get(t.project ?? '') ?? now - 100 * DAY) + (2 * nth + 1) * DAY;
    const taskId = id(
      insertTask.run(
        ws.id,
        t.project ? (projects.get(t.project) ?? null) : null,
        statuses.get(t.status) ?? null,
        t.name,
        project?.color ?? '#8a8a8a',
        t.priority,
        created,
        maker,
      ),
    );
    for (const tag of t.tags) {
      const tagId = tags.get(tag);
      if (tagId !== undefined) insertTaskTag.run(taskId, tagId);
    }
    taskIds.push(taskId);
  }
  return taskIds;
}
