/**
 * A light check of stream rows against the contract's `timeEntryWithTask`: the same fields and kinds of
 * value, tested with `typeof` instead of building zod objects for each of 200,000 rows. It answers with
 * the first problem (`duration: expected an integer or null`) or null, and, like the schema, lets unknown
 * fields through. `entry-row-check.test.ts` holds it to the zod schema on valid and broken rows.
 */

type Check = (value: unknown) => boolean;
type Shape = Record<string, [Check, string]>;

const isInt: Check = (v) => typeof v === 'number' && Number.isSafeInteger(v);
const isString: Check = (v) => typeof v === 'string';
const isBoolean: Check = (v) => typeof v === 'boolean';
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const nullish =
  (check: Check): Check =>
  (v) =>
    v === null || v === undefined || check(v);

const INT: [Check, string] = [isInt, 'expected an integer'];
const STRING: [Check, string] = [isString, 'expected a string'];
const INT_OR_NULL: [Check, string] = [nullish(isInt), 'expected an integer or null'];
const STRING_OR_NULL: [Check, string] = [nullish(isString), 'expected a string or null'];

/** The first field of `value` that does not fit `shape`, as `path: problem`; null when all fit. */
function problemIn(value: unknown, shape: Shape, path: string): string | null {
  if (!isObject(value)) return `${path || 'row'}: expected an object`;
  const prefix = path ? `${path}.` : '';
  for (const key in shape) {
    const [check, expected] = shape[key] as [Check, string];
    if (!check(value[key])) return `${prefix}${key}: ${expected}`;
  }
  return null;
}

/** A nested object that may be null or absent, checked against its own shape. */
function nested(value: unknown, shape: Shape, path: string): string | null {
  return value === null || value === undefined ? null : problemIn(value, shape, path);
}

const ENTRY: Shape = {
  id: INT,
  workspace_id: INT,
  toggl_user_id: INT,
  task_id: INT_OR_NULL,
  type: [(v) => v === 'activity' || v === 'break', 'expected "activity" or "break"'],
  start: STRING_OR_NULL,
  duration: INT_OR_NULL,
  time_block_id: INT_OR_NULL,
  created_at: STRING,
  updated_at: STRING_OR_NULL,
  archived_at: STRING_OR_NULL,
  deleted_at: STRING_OR_NULL,
};

const TASK: Shape = {
  id: INT,
  name: STRING,
  color: STRING_OR_NULL,
  status_id: INT_OR_NULL,
  priority: STRING_OR_NULL,
  project_id: INT_OR_NULL,
};
const STATUS: Shape = { id: INT, name: STRING, emoji: STRING_OR_NULL, type: STRING_OR_NULL };
const TAG: Shape = { id: INT, name: STRING, color: STRING_OR_NULL };
const CLIENT: Shape = { id: INT, name: STRING };
const PROJECT: Shape = { id: INT, name: STRING, color: STRING_OR_NULL };
const RATE: Shape = {
  billable: [nullish(isBoolean), 'expected true, false or null'],
  currency: STRING_OR_NULL,
  hourly_rate: [nullish(isNumber), 'expected a number or null'],
};

/** The row's own fields (the embedded task is checked apart, once per distinct task). */
export function entryProblem(row: unknown): string | null {
  return problemIn(row, ENTRY, '');
}

/** An embedded task, as `task.…: problem`, or null when it fits (null and absent fit). */
export function taskProblem(task: unknown): string | null {
  if (task === null || task === undefined) return null;
  const own = problemIn(task, TASK, 'task');
  if (own) return own;
  const t = task as Record<string, unknown>;
  const tags = t.tags;
  if (tags !== null && tags !== undefined) {
    if (!Array.isArray(tags)) return 'task.tags: expected an array or null';
    for (let i = 0; i < tags.length; i++) {
      const problem = problemIn(tags[i], TAG, `task.tags[${i}]`);
      if (problem) return problem;
    }
  }
  const project = t.project as Record<string, unknown> | null | undefined;
  return (
    nested(t.status, STATUS, 'task.status') ??
    nested(t.client, CLIENT, 'task.client') ??
    nested(project, PROJECT, 'task.project') ??
    (isObject(project)
      ? (nested(project.client, CLIENT, 'task.project.client') ??
        nested(project.rate, RATE, 'task.project.rate'))
      : null)
  );
}
