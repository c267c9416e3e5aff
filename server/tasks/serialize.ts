import { MANAGE_TIME_ENTRIES, TRACK_TIME } from '../../contract/index.ts';
import type { Db } from '../db/connection.ts';
import { findTags, findTasks, type TagRow, type TaskRow } from './store.ts';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** What the caller may do on a project's entries, as the project's `permissions` say it. */
export const projectPermissions = (canManage: boolean): string[] =>
  canManage ? [TRACK_TIME, MANAGE_TIME_ENTRIES] : [TRACK_TIME];

/**
 * A project's effective rate (`models.EffectiveProjectRatesSummary`). The local API keeps one rate per
 * project, open-ended from the project's creation, numbered like the project; a project without one has no
 * rate ids and a null rate.
 */
function projectRate(row: TaskRow & { project_id: number }) {
  const created = iso(row.project_created_at);
  const hasRate = row.billable === 1 && row.hourly_rate !== null;
  return {
    billable: row.billable === 1,
    currency: row.currency,
    hourly_rate: row.hourly_rate,
    project_id: row.project_id,
    project_name: row.project_name ?? '',
    project_color: row.project_color,
    project_created_at: created,
    project_rate_id: hasRate ? row.project_id : null,
    workspace_rate_id: null,
    start_at: hasRate ? created : null,
    end_at: null,
    has_more_rates: false,
  };
}

/**
 * The task as the public document's `models.Task`, which the workspace list and stream embed and the tasks
 * list extends. Fields the local API does not model have their quiet values: not pinned, private, a
 * template or a draft; made in Focus; no estimate (`total`, `flat`). Optional fields it has nothing to say
 * about are left out: every entry of a stream carries this object, so each byte counts 100,000 times.
 */
export function taskObject(row: TaskRow, tags: readonly TagRow[], canManage: boolean) {
  const client = row.client_id === null ? null : { id: row.client_id, name: row.client_name ?? '' };
  const created = iso(row.created_at);
  return {
    id: row.id,
    workspace_id: row.workspace_id,
    name: row.name,
    color: row.color,
    toggl_user_id: row.user_id,
    status_id: row.status_id,
    status:
      row.status_id === null
        ? null
        : { id: row.status_id, name: row.status_name ?? '', emoji: row.status_emoji, type: row.status_type },
    priority: row.priority,
    tag_ids: tags.map((t) => t.id),
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
            draft: false,
            is_template: false,
            permissions: projectPermissions(canManage),
            rate: projectRate({ ...row, project_id: row.project_id }),
          },
    allocation_unit: 'flat',
    estimate_type: 'total',
    is_template: false,
    pinned: false,
    private: false,
    position: row.position,
    source: 'focus',
    created_at: created,
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
export function embeddedTaskJson(db: Db, workspaceId: number, canManage: boolean): Map<number, string> {
  const rows = findTasks(db, workspaceId);
  const tags = groupTags(
    findTags(
      db,
      rows.map((r) => r.id),
    ),
  );
  const out = new Map<number, string>();
  for (const row of rows) {
    out.set(row.id, JSON.stringify(taskObject(row, tags.get(row.id) ?? [], canManage)));
  }
  return out;
}
