import { useEffect, useMemo, useState } from 'react';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { useEntryStream } from '../../api/index.ts';
import { localTimeZone } from '../../lib/dates.ts';
import { buildGroups, type AttentionGroups } from './attention-groups.ts';
import { attentionQuery, thresholdsOf, type AttentionViewState } from './attention-view-state.ts';
import { createDetector, type Detector } from './detect-client.ts';
import type { Findings } from './detect/detect.ts';
import type { Thresholds } from './detect/thresholds.ts';

export interface Attention {
  /** Every entry in view (the person filter applied), as loaded. */
  rows: readonly TimeEntryWithTask[];
  byId: ReadonlyMap<number, TimeEntryWithTask>;
  groups: AttentionGroups<TimeEntryWithTask> | null;
  thresholds: Thresholds;
  /** The clock detection ran against (null before it first ran). */
  now: number | null;
  loading: boolean;
  /** Detection of newer data is under way; the groups shown are the previous ones. */
  detecting: boolean;
  error: Error | null;
  retry: () => void;
}

const NO_ROWS: TimeEntryWithTask[] = [];

interface Result {
  rows: readonly TimeEntryWithTask[];
  key: string;
  findings: Findings;
  now: number;
}

/**
 * The entries of the view's range and person (through the stream endpoint and its hook) and what
 * detection found in them. Detection runs in a worker; a write that changes entries refetches the stream
 * (the write road invalidates it), and detection runs again on what came back.
 */
export function useAttention(state: AttentionViewState): Attention {
  const query = useMemo(() => attentionQuery(state), [state]);
  const stream = useEntryStream(query);
  const rows = useMemo(() => {
    const data = stream.data ?? NO_ROWS;
    return state.person ? data.filter((e) => e.toggl_user_id === state.person) : data;
  }, [stream.data, state.person]);
  const thresholds = useMemo(() => thresholdsOf(state), [state]);
  const key = JSON.stringify(thresholds);

  const [detector] = useState<Detector>(() => createDetector());
  useEffect(() => () => detector.dispose(), [detector]);
  const [result, setResult] = useState<Result | null>(null);
  useEffect(() => {
    if (!stream.data) return;
    let live = true;
    const now = Date.now();
    void detector
      .detect(rows, { now, timeZone: localTimeZone(), thresholds: JSON.parse(key) as Thresholds })
      .then((findings) => {
        if (live && findings) setResult({ rows, key, findings, now });
      });
    return () => {
      live = false;
    };
  }, [detector, rows, key, stream.data]);

  const byId = useMemo(() => new Map((result?.rows ?? NO_ROWS).map((e) => [e.id, e] as const)), [result]);
  const groups = useMemo(
    () => (result ? buildGroups(result.findings, byId, JSON.parse(result.key) as Thresholds) : null),
    [result, byId],
  );
  return {
    rows,
    byId,
    groups,
    thresholds,
    now: result?.now ?? null,
    loading: stream.isPending || (!!stream.data && !result),
    detecting: !!result && (result.rows !== rows || result.key !== key),
    error: stream.error,
    retry: () => void stream.refetch(),
  };
}
