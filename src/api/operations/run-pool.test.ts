import { describe, expect, it } from 'vitest';
import { CancelledError, partition, runPool, sendInChunks, type PoolProgress } from './run-pool.ts';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('runPool', () => {
  it('never runs more than `concurrency` at once and keeps input order', async () => {
    let running = 0;
    let peak = 0;
    const results = await runPool(
      [5, 1, 4, 2, 3, 0, 6],
      async (n) => {
        running += 1;
        peak = Math.max(peak, running);
        await tick(n * 3);
        running -= 1;
        return n * 10;
      },
      { concurrency: 3 },
    );
    expect(peak).toBe(3);
    expect(results.map((r) => (r.ok ? r.value : null))).toEqual([50, 10, 40, 20, 30, 0, 60]);
  });

  it('reports each failure with its item and error, and does not stop the others', async () => {
    const results = await runPool([1, 2, 3, 4], async (n) => {
      await tick();
      if (n === 3) throw new Error('entry 3 is locked');
      return n;
    });
    const { succeeded, failed } = partition(results);
    expect(succeeded.map((s) => s.item)).toEqual([1, 2, 4]);
    expect(failed).toHaveLength(1);
    expect(failed[0]?.item).toBe(3);
    expect((failed[0]?.error as Error).message).toBe('entry 3 is locked');
  });

  it('reports progress after every item, ending at the total', async () => {
    const seen: PoolProgress[] = [];
    await runPool(
      ['a', 'b', 'c'],
      async (s) => {
        await tick();
        if (s === 'b') throw new Error('no');
        return s;
      },
      { concurrency: 2, onProgress: (p) => seen.push(p) },
    );
    expect(seen[0]).toEqual({ total: 3, done: 0, failed: 0, running: 0 });
    expect(seen.at(-1)).toEqual({ total: 3, done: 3, failed: 1, running: 0 });
    expect(seen.map((p) => p.done)).toEqual([0, 1, 2, 3]);
  });

  it('marks items not yet started as cancelled when the signal aborts', async () => {
    const controller = new AbortController();
    const started: number[] = [];
    const results = await runPool(
      [1, 2, 3, 4, 5],
      async (n) => {
        started.push(n);
        if (n === 2) controller.abort();
        await tick();
        return n;
      },
      { concurrency: 1, signal: controller.signal },
    );
    expect(started).toEqual([1, 2]);
    expect(results.slice(2).every((r) => !r.ok && r.error instanceof CancelledError)).toBe(true);
  });

  it('handles an empty list', async () => {
    expect(await runPool([], async () => 1)).toEqual([]);
  });
});

describe('sendInChunks', () => {
  it('splits at the limit, sends in order, and reports the whole with each failed request', async () => {
    const sent: number[][] = [];
    const progress: number[] = [];
    const report = await sendInChunks(
      Array.from({ length: 2500 }, (_, i) => i + 1),
      async (chunk) => {
        sent.push(chunk);
        if (chunk[0] === 1001) throw new Error('entry 1500 does not exist');
      },
      { onProgress: (n) => progress.push(n) },
    );
    expect(sent.map((c) => c.length)).toEqual([1000, 1000, 500]);
    expect(report.done).toHaveLength(1500);
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]?.items[0]).toBe(1001);
    expect((report.failed[0]?.error as Error).message).toMatch(/1500/);
    expect(progress).toEqual([1000, 2000, 2500]);
  });
});
