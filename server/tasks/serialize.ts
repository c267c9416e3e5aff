import type { Db } from '../db/connection.ts';
import { findTags, findTasks, type TagRow, type TaskRow } from './store.ts';

/** The task as the workspace list and the stream embed it (`embeddedTask` in the contract). */
export function taskObject(row: TaskRow, tags: readonly TagRow[]) {
  const client = row.client_id === null ? null : { id: row.client_id, name: row.client_name ?? '' };
  return {
    id: row.id,
    name: row.name,
    color: row.color,
    status_id: row.status_id,
    status:
      row.status_id === null
        ? null
        : { id: row.status_id, name: row.status_name ?? '', emoji: row.status_emoji, type: row.status_type },
    priority: row.priority,
    tags: tags.map((t) => ({ id: t.id, name: t.name, color: t.color })),
    client,
    project_id: row.project_id,
    project:
      row.project_id === null
        ? null
        : {
            id: row.project_id,
            name: row.project_name ?? '',
            color: row.project_color,
            client,
            rate: {
              billable: row.billable === 1,
              currency: row.currency,
              hourly_rate: row.hourly_rate,
            },
          },
  };
}

export function groupTags(tags: readonly TagRow[]): Map<number, TagRow[]> {
  const byTask = new Map<number, TagRow[]>();
  for (const tag of tags) {
    const list = byTask.get(tag.task_id);
    if (list) list.push(tag);
    else byTask.set(tag.task_id, [tag]);
  }
  return byTask;
}

/** Embedded-task JSON of every task of a workspace by id, for splicing into entry rows. */
export function embeddedTaskJson(db: Db, workspaceId: number): Map<number, string> {
  const rows = findTasks(db, workspaceId);
  const tags = groupTags(
    findTags(
      db,
      rows.map((r) => r.id),
    ),
  );
  const out = new Map<number, string>();
  for (const row of rows) out.set(row.id, JSON.stringify(taskObject(row, tags.get(row.id) ?? [])));
  return out;
}
