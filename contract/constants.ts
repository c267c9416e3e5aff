/**
 * The contract's plain values: headers, limits, permission names and the order-by keys. No schemas here,
 * so that what reads only these (the dashboard's first screen) loads without zod; the schema modules
 * re-export them.
 */
export const QUOTA_REMAINING_HEADER = 'X-Toggl-Quota-Remaining';
export const QUOTA_RESETS_IN_HEADER = 'X-Toggl-Quota-Resets-In';

/** Most items one bulk request may carry. */
export const BULK_LIMIT = 1000;
export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 50;

/**
 * Permission names the local API gives in a project's `permissions` and, per workspace, in a person's
 * `permissions` (`{ "<workspace_id>": [names] }`): every member tracks time; `manage_time_entries` sees
 * and changes everyone's entries.
 */
export const TRACK_TIME = 'track_time';
export const MANAGE_TIME_ENTRIES = 'manage_time_entries';

/** The fields a list can be ordered by: the one list the query schema, the server's ORDER BY and the client derive from. */
export const ORDER_BY_FIELDS = ['start', 'task_id', 'created_at', 'updated_at'] as const;
export type OrderByField = (typeof ORDER_BY_FIELDS)[number];
export type OrderByKey = OrderByField | `-${OrderByField}`;
/** Every `order_by` key: each field ascending, then descending (`-start`). */
export const ORDER_BY_KEYS: readonly OrderByKey[] = ORDER_BY_FIELDS.flatMap((f) => [f, `-${f}` as const]);

export const isOrderByKey = (key: string): key is OrderByKey =>
  (ORDER_BY_KEYS as readonly string[]).includes(key);

/** `-start` → `{ field: 'start', descending: true }`. */
export function parseOrderByKey(key: OrderByKey): { field: OrderByField; descending: boolean } {
  const descending = key.startsWith('-');
  return { field: (descending ? key.slice(1) : key) as OrderByField, descending };
}
