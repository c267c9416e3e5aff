import type {
  OrganizationUser,
  TasksPage,
  TimeEntry,
  TimeEntryPage,
  TimeEntryWithTaskPage,
} from '../../contract/index.ts';
import type { ResponseShape } from './client.ts';
import { entryProblem, taskProblem } from './entry-stream/entry-row-check.ts';

/**
 * What each answer the dashboard reads must be. The answers its first screen waits for (the entries page,
 * the task list, the people) are tested with a quick check of the same fields as the contract's schema,
 * so that screen needs no zod; only an answer the check refuses brings the schema, which then accepts it
 * or names its problem in the schema's words. response-shapes.test.ts holds each check to its schema.
 */
const schemas = () => import('./contract-schemas.ts');

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v);
const isString = (v: unknown) => typeof v === 'string';
const orNull = (check: (v: unknown) => boolean) => (v: unknown) => v === null || v === undefined || check(v);
/** Every item fits, holes included (`every` would skip them; JSON has none, but the schema refuses them). */
const all = (list: unknown[], check: (v: unknown) => boolean) => {
  for (let i = 0; i < list.length; i++) if (!check(list[i])) return false;
  return true;
};

/** `{ data: [...], page, per_page }`, each item passing `item`. */
const isPage = (json: unknown, item: (v: unknown) => boolean): json is Record<string, unknown> =>
  isObject(json) &&
  isInt(json.page) &&
  isInt(json.per_page) &&
  Array.isArray(json.data) &&
  all(json.data, item);

const isEntryWithTask = (row: unknown) =>
  entryProblem(row) === null && taskProblem((row as { task?: unknown }).task) === null;

const isTask = (task: unknown) => isObject(task) && isInt(task.workspace_id) && taskProblem(task) === null;

const isWorkspace = (w: unknown) => isObject(w) && isInt(w.id) && isString(w.name);
const isUser = (u: unknown) =>
  isObject(u) &&
  isInt(u.id) &&
  isInt(u.user_account_id) &&
  isString(u.name) &&
  isString(u.email) &&
  orNull((v) => typeof v === 'boolean')(u.admin) &&
  orNull((v) => typeof v === 'boolean')(u.owner) &&
  orNull((v) => Array.isArray(v) && all(v, isWorkspace))(u.workspaces);

export const entryWithTaskPageShape: ResponseShape<TimeEntryWithTaskPage> = {
  fits: (json) => isPage(json, isEntryWithTask),
  schema: () => schemas().then((m) => m.timeEntryWithTaskPage),
};

export const tasksPageShape: ResponseShape<TasksPage> = {
  fits: (json) => isPage(json, isTask) && isInt(json.total),
  schema: () => schemas().then((m) => m.tasksPage),
};

export const usersShape: ResponseShape<OrganizationUser[]> = {
  fits: (json) => Array.isArray(json) && all(json, isUser),
  schema: () => schemas().then((m) => m.organizationUsers),
};

// Read by screens that load later (the form, a task's entries, time blocks): the schema comes with them.
export const entryShape: ResponseShape<TimeEntry> = { schema: () => schemas().then((m) => m.timeEntry) };
export const entryPageShape: ResponseShape<TimeEntryPage> = {
  schema: () => schemas().then((m) => m.timeEntryPage),
};
export const timeBlockStreamShape: ResponseShape<TimeEntry[]> = {
  schema: () => schemas().then((m) => m.timeBlockStream),
};
