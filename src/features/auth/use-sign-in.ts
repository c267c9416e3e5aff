import { useEffect, useRef, useState } from 'react';
import { ApiError, signInErrorMessage, verifySession, type Session } from '../../api/index.ts';
import type { SignInField, SignInValues } from './sign-in-values.ts';

const API_BASE = '/api';

export function sessionFrom(values: SignInValues): Session {
  return {
    credentials:
      values.method === 'basic'
        ? { kind: 'basic', email: values.email, password: values.password }
        : { kind: 'apiKey', apiKey: values.apiKey },
    organizationId: Number(values.organizationId),
    workspaceId: Number(values.workspaceId),
  };
}

/** Which field the person most likely has to fix after a refusal. */
function fieldToFix(error: unknown, method: SignInValues['method']): SignInField | null {
  if (!(error instanceof ApiError) || error.kind !== 'http') return null;
  if (error.status === 401) return method === 'basic' ? 'password' : 'apiKey';
  if (error.status === 403 || error.status === 404) return 'workspaceId';
  return null;
}

/**
 * Verifies the credentials against the API before anything else sees them; on refusal gives the
 * sentence to show and the field to put the cursor in. A sign-in still running when the screen goes
 * away is cancelled.
 */
export function useSignIn(onVerified: (session: Session, keep: boolean) => void) {
  const [error, setError] = useState<string | null>(null);
  /** Set when the server throttled the sign-in: when it may be tried again. */
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const pending = useRef<AbortController | null>(null);
  useEffect(() => () => pending.current?.abort(), []);

  async function submit(values: SignInValues): Promise<{ fix: SignInField | null } | null> {
    pending.current?.abort();
    const controller = new AbortController();
    pending.current = controller;
    setError(null);
    setRetryAt(null);
    const session = sessionFrom(values);
    try {
      await verifySession(API_BASE, session, { signal: controller.signal });
    } catch (e) {
      if (controller.signal.aborted) return null;
      setError(signInErrorMessage(e, values.method));
      if (e instanceof ApiError && e.kind === 'http' && e.status === 429) setRetryAt(e.retryAt);
      return { fix: fieldToFix(e, values.method) };
    } finally {
      if (pending.current === controller) pending.current = null;
    }
    onVerified(session, values.keep);
    return null;
  }

  const clearError = () => {
    setError(null);
    setRetryAt(null);
  };
  return { error, retryAt, submit, clearError };
}
