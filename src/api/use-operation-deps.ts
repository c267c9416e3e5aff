import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useApi, useSessionState } from './api-context.tsx';
import { entryKeys } from './query-keys.ts';
import { identityOf } from './session-store.ts';
import type { OperationDeps } from '../lib/entry-operations.ts';

/** The signed-in client, workspace and identity, shaped for the shared bulk operations. */
export function useOperationDeps(): OperationDeps {
  const { client, workspace } = useApi();
  const { organizationId, workspaceId } = workspace;
  const qc = useQueryClient();
  const { session, expired } = useSessionState();
  const identity = session ? identityOf(session) : (expired?.identity ?? '');
  return useMemo(() => {
    const w = { organizationId, workspaceId };
    return {
      request: (method, path, options) => client.request(method, path, options),
      workspace: w,
      identity,
      refresh: () => void qc.invalidateQueries({ queryKey: entryKeys.all(w) }),
    };
  }, [client, organizationId, workspaceId, identity, qc]);
}
