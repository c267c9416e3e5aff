import { DEFAULT_PER_PAGE, tasksQuery, workspacePath } from '../../contract/index.ts';
import { requireWorkspace } from '../auth/access.ts';
import { jsonReply, route, type ApiContext, type ApiRouter, type Reply } from '../http/context.ts';
import { parseWith, queryObject } from '../http/validate.ts';
import { taskAggregates } from './aggregates.ts';
import { groupTags, taskObject } from './serialize.ts';
import { findTags, searchTasks } from './store.ts';

function listTasks(ctx: ApiContext): Reply {
  const path = parseWith(workspacePath, ctx.params, 'path');
  const access = requireWorkspace(ctx.db, ctx.userId, path.organization_id, path.workspace_id);
  const query = parseWith(tasksQuery, queryObject(ctx.search), 'query');
  const page = query.page ?? 1;
  const perPage = query.per_page ?? DEFAULT_PER_PAGE;
  const { rows, total } = searchTasks(ctx.db, {
    workspaceId: access.workspaceId,
    name: query.name?.trim() || undefined,
    limit: perPage,
    offset: (page - 1) * perPage,
  });
  const tags = groupTags(
    findTags(
      ctx.db,
      rows.map((r) => r.id),
    ),
  );
  const counters = taskAggregates(
    ctx.db,
    access.workspaceId,
    rows.map((r) => r.id),
    access.canManage ? undefined : access.userId,
    ctx.now,
  );
  const data = rows.map((row) => ({
    ...taskObject(row, tags.get(row.id) ?? [], access.canManage),
    ...counters.get(row.id),
  }));
  return jsonReply(200, JSON.stringify({ data, page, per_page: perPage, total }));
}

export function addTaskRoutes(router: ApiRouter): void {
  router.add('GET', '/organizations/{organization_id}/workspaces/{workspace_id}/tasks', route(listTasks));
}
