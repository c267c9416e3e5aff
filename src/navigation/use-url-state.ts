import { useCallback, useMemo } from 'react';
import type * as z from 'zod/mini';
import { parseSearch, toSearch } from '../lib/search-params.ts';
import { navigate, useLocation } from './location.ts';

/**
 * A view's state kept in the URL's search parameters, validated by `schema`. Reload, back and a pasted
 * link all restore it; values equal to the defaults stay out of the URL.
 */
export function useUrlState<S extends z.ZodMiniType<Record<string, unknown>>>(schema: S) {
  const { pathname, search } = useLocation();
  const raw = search.toString();
  const state = useMemo(() => parseSearch(schema, new URLSearchParams(raw)), [schema, raw]);

  const setState = useCallback(
    (patch: Partial<z.output<S>>, options: { replace?: boolean } = {}) => {
      const current = parseSearch(schema, new URLSearchParams(window.location.search));
      const next = { ...current, ...patch };
      navigate(`${pathname}${toSearch(schema, next)}`, options);
    },
    [schema, pathname],
  );
  return [state, setState] as const;
}
