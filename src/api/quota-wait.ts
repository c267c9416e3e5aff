import { useQueryClient, type Mutation, type Query } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiError } from './api-error.ts';

/** The hourly quota ran out: since when, and when it frees up (null when the server did not say). */
export interface QuotaWait {
  since: number;
  resetsAt: number | null;
}

const quotaError = (error: unknown): ApiError | null =>
  error instanceof ApiError && error.isQuotaExceeded ? error : null;

const waitOf = (error: ApiError): QuotaWait => ({
  since: Date.now(),
  resetsAt: error.quota?.resetsAt ?? null,
});

/** Hidden a little after the server's reset time, so the first request after it does not 402 again. */
const RESET_MARGIN_MS = 1_000;

/**
 * Whether some request (a query or a mutation) got a 402 and the quota has not reset since. When the
 * reset time passes, the queries that failed on the quota load again by themselves.
 */
export function useQuotaWait(): QuotaWait | null {
  const qc = useQueryClient();
  const [wait, setWait] = useState<QuotaWait | null>(() => {
    const failed = qc
      .getQueryCache()
      .getAll()
      .map((q) => quotaError(q.state.error))
      .find((e) => e !== null);
    return failed ? waitOf(failed) : null;
  });

  useEffect(() => {
    const seen = (state: Query['state'] | Mutation['state'], kind: 'error' | 'success') => {
      if (kind === 'success') {
        // A request that got through means the quota has room again.
        setWait((w) => (w && Date.now() > w.since ? null : w));
        return;
      }
      const error = quotaError(state.error);
      if (error) setWait(waitOf(error));
    };
    const offQueries = qc.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated') return;
      if (event.action.type === 'error') seen(event.query.state, 'error');
      else if (event.action.type === 'success' && !event.action.manual) seen(event.query.state, 'success');
    });
    const offMutations = qc.getMutationCache().subscribe((event) => {
      if (event.type !== 'updated') return;
      if (event.action.type === 'error' || event.action.type === 'success')
        seen(event.mutation.state, event.action.type);
    });
    return () => {
      offQueries();
      offMutations();
    };
  }, [qc]);

  useEffect(() => {
    if (wait?.resetsAt == null) return;
    const timer = setTimeout(
      () => {
        setWait(null);
        void qc.refetchQueries({ type: 'active', predicate: (q) => quotaError(q.state.error) !== null });
      },
      Math.max(0, wait.resetsAt - Date.now()) + RESET_MARGIN_MS,
    );
    return () => clearTimeout(timer);
  }, [wait, qc]);

  return wait;
}
