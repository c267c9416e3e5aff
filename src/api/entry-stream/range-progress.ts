import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { TimeEntryWithTask } from '../../../contract/index.ts';

/** How far a whole-range download has got, for the screen to show while the query is still pending. */
export interface RangeProgress {
  /** The rows so far, in the order the API sends them (newest first). */
  rows: TimeEntryWithTask[];
  /**
   * About how many rows the range holds, from how far back in the range the newest-first rows have
   * reached (the API gives no total); null until that says something.
   */
  estimate: number | null;
  state: 'loading' | 'done' | 'stopped' | 'failed';
  /** Which download this is (the query's hash): a screen can tell an update from another range. */
  key: string;
}

export interface ProgressReporter {
  rows(batch: TimeEntryWithTask[]): void;
  end(state: Exclude<RangeProgress['state'], 'loading'>): void;
}

type Listener = () => void;

// The screen re-counts, re-totals and re-charts what has arrived on each update: a few a second is
// progress a person can follow, and keeps that work from crowding out scrolling.
const UPDATE_MS = 300;

/** One per query client, so `clear()` (sign-out) and query garbage collection drop the rows too. */
class RangeProgressStore {
  private readonly entries = new Map<string, RangeProgress>();
  private readonly listeners = new Set<Listener>();

  constructor(client: QueryClient) {
    client.getQueryCache().subscribe((event) => {
      if (event.type === 'removed' && this.entries.delete(event.query.queryHash)) this.notify();
    });
  }

  get = (hash: string): RangeProgress | undefined => this.entries.get(hash);

  subscribe = (listener: Listener) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  start(hash: string, range: { from: number; to: number }): ProgressReporter {
    const all: TimeEntryWithTask[] = [];
    let estimate: number | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let state: RangeProgress['state'] = 'loading';
    const publish = () => {
      clearTimeout(timer);
      timer = undefined;
      this.entries.set(hash, { rows: all.slice(), estimate, state, key: hash });
      this.notify();
    };
    this.entries.delete(hash);
    return {
      rows: (batch) => {
        if (state !== 'loading') return;
        for (const row of batch) all.push(row);
        estimate = estimateTotal(all, range) ?? estimate;
        if (!this.entries.has(hash)) publish();
        else timer ??= setTimeout(publish, UPDATE_MS);
      },
      end: (final) => {
        if (state !== 'loading') return;
        state = final;
        publish();
      },
    };
  }

  private notify() {
    for (const listener of this.listeners) listener();
  }
}

/** Rows come newest first: the share of the range they cover so far scales up to the whole. */
function estimateTotal(rows: TimeEntryWithTask[], range: { from: number; to: number }): number | null {
  const last = rows.at(-1)?.start;
  if (!last) return null;
  const covered = (range.to - Date.parse(last)) / (range.to - range.from);
  if (!(covered > 0.02)) return null;
  return Math.max(rows.length, Math.round(rows.length / Math.min(1, covered)));
}

const stores = new WeakMap<QueryClient, RangeProgressStore>();

export function rangeProgressStore(client: QueryClient): RangeProgressStore {
  let store = stores.get(client);
  if (!store) {
    store = new RangeProgressStore(client);
    stores.set(client, store);
  }
  return store;
}

export const progressHash = (key: QueryKey) => hashKey(key);
