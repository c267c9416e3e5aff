import { parseSearch } from '../../lib/search-params.ts';
import { attentionViewState } from './attention-view-state.ts';
import { useAttention } from './use-attention.ts';

const DEFAULT_VIEW = parseSearch(attentionViewState, new URLSearchParams());

/**
 * How many entries need attention in the view's default range (the last 30 days, everyone one may see,
 * default thresholds): the number on the navigation badge. Null until known.
 */
export function useAttentionCount(): number | null {
  return useAttention(DEFAULT_VIEW).groups?.count ?? null;
}
