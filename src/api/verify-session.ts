import { paths, timeEntryWithTaskPage } from '../../contract/index.ts';
import { ApiError } from './api-error.ts';
import { createApiClient } from './client.ts';
import type { Session } from './credentials.ts';

/**
 * Checks credentials and workspace access before the dashboard opens: one smallest possible
 * workspace-list request answers 401 for bad credentials and 403 for a workspace one is not in.
 */
export async function verifySession(baseUrl: string, session: Session, signal?: AbortSignal): Promise<void> {
  const client = createApiClient({ baseUrl, getCredentials: () => session.credentials });
  const now = new Date().toISOString();
  await client.request('GET', paths.workspaceEntries(session), {
    query: { date_from: now, date_to: now, per_page: 1 },
    schema: timeEntryWithTaskPage,
    ...(signal ? { signal } : {}),
  });
}

/** A person-readable sentence for why sign-in failed. */
export function signInErrorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something unexpected went wrong. Please try again.';
  switch (error.kind) {
    case 'network':
      return 'The server could not be reached. Check your connection and try again.';
    case 'unexpected':
      return `The server gave an unexpected response. ${error.description}`;
    case 'aborted':
      return 'Sign-in was cancelled.';
    default:
  }
  if (error.status === 401) return 'Wrong email or password, or the API key is not valid.';
  if (error.status === 403) return 'You do not have access to that organization or workspace.';
  if (error.status === 402) {
    const mins = error.quota?.resetsIn != null ? Math.max(1, Math.ceil(error.quota.resetsIn / 60)) : null;
    return `The hourly API request quota is used up.${mins ? ` It resets in ${mins} minute${mins === 1 ? '' : 's'}.` : ''}`;
  }
  if (error.status === 404) return 'That organization or workspace does not exist.';
  if (error.status === 400) return `The server rejected the sign-in details: ${error.description}`;
  return `The server had a problem (${error.status}). ${error.description}`;
}
