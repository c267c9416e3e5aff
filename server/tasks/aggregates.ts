import { statement, type Db } from '../db/connection.ts';

/** The counters of `task.TaskWithParentAndAggregations`, computed from the entries. */
export interface TaskAggregates {
  time_entry_total_count: number;
  total_tracked_time: number;
  time_block_total_count: number;
  time_block_completed_count: number;
  total_blocked_time: number;
  time_block_scheduled_total_count: number;
  time_block_scheduled_completed_count: number;
  total_scheduled_blocked_time: number;
  sub_task_total_count: number;
  sub_task_done_count: number;
}

const NONE: TaskAggregates = {
  time_entry_total_count: 0,
  total_tracked_time: 0,
  time_block_total_count: 0,
  time_block_completed_count: 0,
  total_blocked_time: 0,
  time_block_scheduled_total_count: 0,
  time_block_scheduled_completed_count: 0,
  total_scheduled_blocked_time: 0,
  sub_task_total_count: 0,
  sub_task_done_count: 0,
};

type Counted = Pick<
  TaskAggregates,
  | 'time_entry_total_count'
  | 'total_tracked_time'
  | 'time_block_total_count'
  | 'time_block_completed_count'
  | 'total_blocked_time'
  | 'time_block_scheduled_total_count'
  | 'total_scheduled_blocked_time'
> & { task_id: number };

// Over the entries the caller may see and that are not deleted (archived ones count: the time was spent).
// Tracked time is the activities' finished time; a time block is done when none of its entries runs, and
// scheduled while it lies ahead. Blocked time is what a block's entries cover.
const SQL = `
  WITH visible AS (
    SELECT task_id, time_block_id, type, start_ms, duration FROM time_entries
     WHERE workspace_id = @ws AND deleted_at IS NULL AND task_id IN (SELECT value FROM json_each(@ids))
       AND (@user IS NULL OR user_id = @user)
  ), blocks AS (
    SELECT task_id, MIN(start_ms) > @now AS ahead, SUM(duration IS NULL) AS running,
           SUM(COALESCE(duration, 0)) AS seconds
      FROM visible WHERE time_block_id IS NOT NULL GROUP BY task_id, time_block_id
  ), block_counts AS (
    SELECT task_id, COUNT(*) AS total, SUM(running = 0) AS completed, SUM(seconds) AS seconds,
           SUM(ahead) AS scheduled, SUM(CASE WHEN ahead THEN seconds ELSE 0 END) AS scheduled_seconds
      FROM blocks GROUP BY task_id
  )
  SELECT v.task_id, COUNT(*) AS time_entry_total_count,
         SUM(CASE WHEN v.type = 'activity' THEN COALESCE(v.duration, 0) ELSE 0 END) AS total_tracked_time,
         COALESCE(b.total, 0) AS time_block_total_count, COALESCE(b.completed, 0) AS time_block_completed_count,
         COALESCE(b.seconds, 0) AS total_blocked_time,
         COALESCE(b.scheduled, 0) AS time_block_scheduled_total_count,
         COALESCE(b.scheduled_seconds, 0) AS total_scheduled_blocked_time
    FROM visible v LEFT JOIN block_counts b ON b.task_id = v.task_id
   GROUP BY v.task_id`;

/**
 * Counters for `taskIds`, from the entries `userId` may see (all of them when undefined). The local API has
 * no sub-tasks, and a block ahead is not done yet, so those counters are 0.
 */
export function taskAggregates(
  db: Db,
  workspaceId: number,
  taskIds: readonly number[],
  userId: number | undefined,
  now: number,
): Map<number, TaskAggregates> {
  const rows = statement<[{ ws: number; ids: string; user: number | null; now: number }], Counted>(
    db,
    SQL,
  ).all({ ws: workspaceId, ids: JSON.stringify(taskIds), user: userId ?? null, now });
  const out = new Map<number, TaskAggregates>();
  for (const id of taskIds) out.set(id, NONE);
  for (const { task_id, ...counted } of rows) out.set(task_id, { ...NONE, ...counted });
  return out;
}
