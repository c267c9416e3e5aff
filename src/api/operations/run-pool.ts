export type PoolResult<T, R> = { item: T; ok: true; value: R } | { item: T; ok: false; error: unknown };

export interface PoolProgress {
  total: number;
  /** Finished, whether they succeeded or failed. */
  done: number;
  failed: number;
  /** Started and not yet finished. */
  running: number;
}

export interface PoolOptions<T, R> {
  /** How many workers run at once; the API's per-entry endpoints get a few, not hundreds. */
  concurrency?: number;
  /** Stops starting new items; items not started end as failed with a cancellation error. */
  signal?: AbortSignal;
  onProgress?: (progress: PoolProgress, last: PoolResult<T, R> | null) => void;
}

export class CancelledError extends Error {
  constructor() {
    super('Cancelled before it was sent.');
    this.name = 'CancelledError';
  }
}

/**
 * Runs `worker` over `items` with at most `concurrency` at a time. Never rejects: every item gets a
 * result, in input order, so the caller can say exactly which failed and why and retry just those.
 */
export async function runPool<T, R>(
  items: readonly T[],
  worker: (item: T, index: number) => Promise<R>,
  options: PoolOptions<T, R> = {},
): Promise<PoolResult<T, R>[]> {
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 4));
  const results = new Array<PoolResult<T, R>>(items.length);
  const progress: PoolProgress = { total: items.length, done: 0, failed: 0, running: 0 };
  let next = 0;

  const finish = (index: number, result: PoolResult<T, R>) => {
    results[index] = result;
    progress.done += 1;
    if (!result.ok) progress.failed += 1;
    options.onProgress?.({ ...progress }, result);
  };

  async function lane() {
    while (next < items.length) {
      const index = next++;
      const item = items[index] as T;
      if (options.signal?.aborted) {
        finish(index, { item, ok: false, error: new CancelledError() });
        continue;
      }
      progress.running += 1;
      let result: PoolResult<T, R>;
      try {
        result = { item, ok: true, value: await worker(item, index) };
      } catch (error) {
        result = { item, ok: false, error };
      }
      progress.running -= 1;
      finish(index, result);
    }
  }

  options.onProgress?.({ ...progress }, null);
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  return results;
}

/** Splits results into what worked and what did not. */
export function partition<T, R>(results: readonly PoolResult<T, R>[]) {
  const succeeded: { item: T; value: R }[] = [];
  const failed: { item: T; error: unknown }[] = [];
  for (const r of results) {
    if (r.ok) succeeded.push({ item: r.item, value: r.value });
    else failed.push({ item: r.item, error: r.error });
  }
  return { succeeded, failed };
}

export interface ChunkReport<T> {
  /** Items whose request succeeded. */
  done: T[];
  /** Each failed request, with the items it carried and the error it got. */
  failed: { items: T[]; error: unknown }[];
}

/**
 * Sends `items` in pieces of at most `size` (the API takes 1,000 a request), one request after another so
 * the server sees them in order, and reports the whole: which items went through and which did not.
 */
export async function sendInChunks<T>(
  items: readonly T[],
  send: (chunk: T[]) => Promise<unknown>,
  options: { size?: number; onProgress?: (sent: number, total: number) => void } = {},
): Promise<ChunkReport<T>> {
  const size = options.size ?? 1000;
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  let sent = 0;
  const results = await runPool(chunks, (c) => send(c), {
    concurrency: 1,
    onProgress: (_p, last) => {
      if (last) options.onProgress?.((sent += last.item.length), items.length);
    },
  });
  const report: ChunkReport<T> = { done: [], failed: [] };
  for (const r of results) {
    if (r.ok) report.done.push(...r.item);
    else report.failed.push({ items: r.item, error: r.error });
  }
  return report;
}
