import { DEFAULT_PER_PAGE, type RouteInput } from '../../contract/index.ts';
import { requireWorkspace } from '../auth/access.ts';
import type { ApiContext, JsonBody } from '../http/context.ts';
import { taskAggregates } from './aggregates.ts';
import { groupTags, taskObject } from './serialize.ts';
import { findTags, searchTasks } from './store.ts';

export function listTasks(ctx: ApiContext, { params, query }: RouteInput<'listTasks'>): JsonBody {
  const access = requireWorkspace(ctx.db, ctx.userId, params.organization_id, params.workspace_id);
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
  return JSON.stringify({ data, page, per_page: perPage, total });
}
