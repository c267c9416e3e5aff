import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { ROUTES, ROUTE_NAMES, WORKSPACE_PATTERN, buildPath, paths, routePath } from './index.ts';

describe('the route table', () => {
  it('names each route once by method and path', () => {
    const keys = ROUTE_NAMES.map((name) => `${ROUTES[name].method} ${ROUTES[name].path}`);
    expect(new Set(keys).size).toBe(keys.length);
    // The 16 operations, tasks and people, then the taskless create and the 7 operations by id alone.
    expect(ROUTE_NAMES).toHaveLength(26);
  });

  it.each(ROUTE_NAMES)('%s parses exactly the parameters its path names', (name) => {
    const { path, params } = ROUTES[name];
    expect(params).toBeInstanceOf(z.ZodMiniObject);
    const named = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    expect(Object.keys((params as z.ZodMiniObject).shape).sort()).toEqual(named.sort());
    expect(path.startsWith('/organizations/{organization_id}/')).toBe(true);
  });

  it('builds paths from the patterns, each parameter encoded', () => {
    expect(routePath('getEntry', { organization_id: 1, workspace_id: 2, task_id: 3, time_entry_id: 4 })).toBe(
      '/organizations/1/workspaces/2/tasks/3/time-entries/4',
    );
    expect(buildPath(WORKSPACE_PATTERN, { organization_id: 'a/b', workspace_id: 'c d' })).toBe(
      '/organizations/a%2Fb/workspaces/c%20d',
    );
    // @ts-expect-error every parameter of the pattern must be given
    expect(routePath('listTaskEntries', { organization_id: 1, workspace_id: 2 })).toContain('undefined');
  });
});

describe('paths (the dashboard URL builders)', () => {
  const w = { organizationId: 1, workspaceId: 2 };
  const ws = '/organizations/1/workspaces/2';

  it('give the same URLs as before they were derived from the route table', () => {
    expect(paths.workspace(w)).toBe(ws);
    expect(paths.taskEntries(w, 3)).toBe(`${ws}/tasks/3/time-entries`);
    expect(paths.entry(w, 3, 4)).toBe(`${ws}/tasks/3/time-entries/4`);
    expect(paths.archive(w, 3, 4)).toBe(`${ws}/tasks/3/time-entries/4/archive`);
    expect(paths.unarchive(w, 3, 4)).toBe(`${ws}/tasks/3/time-entries/4/unarchive`);
    expect(paths.restore(w, 3, 4)).toBe(`${ws}/tasks/3/time-entries/4/restore`);
    expect(paths.workspaceEntries(w)).toBe(`${ws}/time-entries`);
    expect(paths.bulk(w)).toBe(`${ws}/time-entries/bulk`);
    expect(paths.bulkRestore(w)).toBe(`${ws}/time-entries/bulk/restore`);
    expect(paths.stream(w)).toBe(`${ws}/time-entries/stream`);
    expect(paths.timeBlockStream(w)).toBe(`${ws}/time-entries/time-block-ids/stream`);
    expect(paths.tasks(w)).toBe(`${ws}/tasks`);
    expect(paths.users(7)).toBe('/organizations/7/users');
  });

  it('point at routes of the table', () => {
    const patterns = new Set(ROUTE_NAMES.map((name) => ROUTES[name].path));
    const ids = { organization_id: 1, workspace_id: 2, task_id: 3, time_entry_id: 4 };
    const fill = (p: string) => p.replace(/\{(\w+)\}/g, (_, n: keyof typeof ids) => String(ids[n]));
    const built = new Set([...patterns].map(fill));
    const all = [
      paths.taskEntries(w, 3),
      paths.entry(w, 3, 4),
      paths.archive(w, 3, 4),
      paths.unarchive(w, 3, 4),
      paths.restore(w, 3, 4),
      paths.workspaceEntries(w),
      paths.bulk(w),
      paths.bulkRestore(w),
      paths.stream(w),
      paths.timeBlockStream(w),
      paths.tasks(w),
      paths.users(1),
    ];
    for (const path of all) expect(built, path).toContain(path);
  });
});
