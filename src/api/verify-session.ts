import { paths } from '../../contract/paths.ts';
import { ApiError } from './api-error.ts';
import { createApiClient } from './client.ts';
import { entryWithTaskPageShape } from './response-shapes.ts';
import type { Session } from './credentials.ts';

/** A sign-in that hears nothing back for this long says so rather than spin forever. */
export const SIGN_IN_TIMEOUT_MS = 20_000;

/**
 * Checks credentials and workspace access before the dashboard opens: one smallest possible
 * workspace-list request answers 401 for bad credentials and 403 for a workspace one is not in.
 */
export async function verifySession(
  baseUrl: string,
  session: Session,
  options: { signal?: AbortSignal; fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<void> {
  const client = createApiClient({
    baseUrl,
    getCredentials: () => session.credentials,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const timeout = AbortSignal.timeout(options.timeoutMs ?? SIGN_IN_TIMEOUT_MS);
  const now = new Date().toISOString();
  await client.request('GET', paths.workspaceEntries(session), {
    query: { date_from: now, date_to: now, per_page: 1 },
    schema: entryWithTaskPageShape,
    signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout,
  });
}

/** "in 12 minutes (at 14:35)": when a used-up quota frees up again, in the person's own clock. */
export function quotaResetPhrase(resetsAt: number | null | undefined, now = Date.now()): string {
  if (resetsAt == null) return 'within the hour';
  const minutes = Math.max(1, Math.ceil((resetsAt - now) / 60_000));
  const at = new Date(resetsAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return `in ${minutes} minute${minutes === 1 ? '' : 's'} (at ${at})`;
}

/** "Too many attempts; try again in 40 s": the words for a throttled sign-in, `seconds` from now. */
export function tooManyAttemptsMessage(seconds: number | null): string {
  return seconds === null
    ? 'Too many attempts; wait a little and try again.'
    : `Too many attempts; try again in ${seconds} s`;
}

/** Whole seconds left until `at` (at least 1 while any time is left), 0 once it has passed. */
export const secondsUntil = (at: number, now = Date.now()): number =>
  Math.max(0, Math.ceil((at - now) / 1000));

/** A sentence a person understands for why sign-in failed; `method` picks the right words for a 401. */
export function signInErrorMessage(error: unknown, method: 'basic' | 'apiKey' = 'basic'): string {
  if (!(error instanceof ApiError)) return 'Something unexpected went wrong. Please try again.';
  switch (error.kind) {
    case 'network':
      return `The server could not be reached. Check your connection and try again. (${error.description})`;
    case 'unexpected':
      return `The server gave an unexpected response, so sign-in cannot continue. ${error.description}`;
    case 'aborted':
      return 'Sign-in was cancelled.';
    default:
  }
  const trace = error.traceId ? ` (reference ${error.traceId})` : '';
  switch (error.status) {
    case 401:
      return method === 'apiKey'
        ? 'That API key is not valid. Check it and try again.'
        : 'Wrong email or password. Check them and try again.';
    case 429:
      return tooManyAttemptsMessage(error.retryAt === null ? null : secondsUntil(error.retryAt));
    case 402:
      return `Focus’s hourly limit is used up. It resets ${quotaResetPhrase(error.quota?.resetsAt)}; sign in again then.`;
    case 403:
      return 'You do not have access to that workspace. Check the organization and workspace IDs.';
    case 404:
      return 'That organization or workspace does not exist. Check the IDs.';
    case 400:
      return `The server rejected the sign-in details: ${error.description}`;
    default:
      if (error.status >= 500)
        return `The server had a problem (${error.status}) and could not check your sign-in. Try again in a moment${trace}.`;
      return `The server gave an unexpected response (${error.status}): ${error.description}${trace}`;
  }
}
