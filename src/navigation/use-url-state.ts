import { useCallback, useMemo } from 'react';
import { parseSearch, toSearch, type UrlFields, type UrlState } from '../lib/search-params.ts';
import { navigate, useLocation } from './location.ts';

/**
 * A view's state kept in the URL's search parameters, read by `fields`. Reload, back and a pasted
 * link all restore it; values equal to the defaults stay out of the URL.
 */
export function useUrlState<F extends UrlFields>(fields: F) {
  const { pathname, search } = useLocation();
  const raw = search.toString();
  const state = useMemo(() => parseSearch(fields, new URLSearchParams(raw)), [fields, raw]);

  const setState = useCallback(
    (patch: Partial<UrlState<F>>, options: { replace?: boolean } = {}) => {
      const current = parseSearch(fields, new URLSearchParams(window.location.search));
      const next = { ...current, ...patch };
      navigate(`${pathname}${toSearch(fields, next)}`, options);
    },
    [fields, pathname],
  );
  return [state, setState] as const;
}
