import { ApiError, worthRetrying } from '../../api/index.ts';
import { FORM_FIELD_OF, type EntryFormValues } from './entry-form-values.ts';

export const PERMISSION_MESSAGE =
  'You do not have the permission to create entries for other people (it needs “manage time entries” in this workspace).';

/** A refusal in words a person can act on: which permission is missing, not the field the server named. */
const REFUSED =
  'You do not have permission to do that here: without “manage time entries” you can add and change only your own entries.';

/** Field messages from a 4xx answer: the API names the field (`duration`, `task_id`, …) in `error_values`. */
export function fieldErrorsOf(error: unknown): Array<[keyof EntryFormValues, string]> {
  if (!(error instanceof ApiError) || error.status < 400 || error.status >= 500 || !error.values) return [];
  const out: Array<[keyof EntryFormValues, string]> = [];
  for (const [key, value] of Object.entries(error.values)) {
    const field = FORM_FIELD_OF[key];
    if (!field) continue;
    if (error.status === 403 && field === 'userId') out.push([field, PERMISSION_MESSAGE]);
    else out.push([field, typeof value === 'string' ? value : error.description]);
  }
  return out;
}

/** One sentence for the banner above the form: what happened and that nothing typed was lost. */
export function saveErrorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  if (error.kind === 'network')
    return 'Could not reach the server. Your changes are still here: retry when you are back online.';
  if (error.status === 401)
    return 'Your sign-in ended. Sign in again, then retry: your changes are still here.';
  if (error.status === 402)
    return `${error.description} Your changes are still here: retry when the quota resets.`;
  if (error.status === 403) return `Permission missing. ${REFUSED}`;
  if (error.status >= 500)
    return `The server failed (${error.status}): ${error.description} Retry in a moment.`;
  return error.description;
}

/** Whether the same values can be saved as they are (then the button says Retry). */
export const canRetry = worthRetrying;
