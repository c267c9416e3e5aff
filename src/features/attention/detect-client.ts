import type { DetectOptions, Findings } from './detect/detect.ts';
import {
  allocatePacked,
  packEntries,
  packedBuffers,
  packInto,
  type DetectableEntry,
  type PackedEntries,
} from './detect/packed.ts';
import type { DetectRequest, DetectResponse } from './detect-protocol.ts';

export interface Detector {
  /** Resolves with the findings; a call overtaken by a newer one resolves with null. */
  detect(entries: readonly DetectableEntry[], options: DetectOptions): Promise<Findings | null>;
  dispose(): void;
}

interface Waiting {
  resolve: (findings: Findings | null | Promise<Findings>) => void;
  entries: readonly DetectableEntry[];
  options: DetectOptions;
}

// Detection itself lives in the worker; the main thread fetches it only where no worker runs.
const inline = async (entries: readonly DetectableEntry[], options: DetectOptions) => {
  const { detectProblems } = await import('./detect/detect.ts');
  return detectProblems(packEntries(entries), options);
};

/** Entries packed per main-thread task: about 10 ms on a slow machine (Date.parse is the cost). */
export const PACK_SLICE = 16_384;

/** Lets the browser paint and handle input; a message is not clamped the way nested timeouts are. */
const yieldToBrowser = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/** Packs in slices between which the page stays responsive; null when `stale()` turns true meanwhile. */
export async function packInSlices(
  entries: readonly DetectableEntry[],
  stale: () => boolean,
  pause: () => Promise<void> = yieldToBrowser,
): Promise<PackedEntries | null> {
  const p = allocatePacked(entries.length);
  for (let from = 0; from < entries.length; from += PACK_SLICE) {
    if (from > 0) {
      await pause();
      if (stale()) return null;
    }
    packInto(p, entries, from, Math.min(entries.length, from + PACK_SLICE));
  }
  return p;
}

const spawnWorker = () =>
  typeof Worker === 'undefined'
    ? null
    : new Worker(new URL('./detect.worker.ts', import.meta.url), { type: 'module' });

/**
 * Detection in a Web Worker where the browser has one, inline otherwise (tests, or a worker that failed to
 * load or threw). Packing into columns stays on the main thread, in slices short enough not to hold it up.
 */
export function createDetector(spawn: () => Worker | null = spawnWorker): Detector {
  let worker: Worker | null | undefined;
  let seq = 0;
  const waiting = new Map<number, Waiting>();
  const settleOlder = (upTo: number) => {
    for (const [n, w] of waiting) {
      if (n >= upTo) continue;
      waiting.delete(n);
      w.resolve(null);
    }
  };
  const giveUpOnWorker = () => {
    worker?.terminate();
    worker = null;
    for (const [n, w] of waiting) {
      waiting.delete(n);
      w.resolve(n === seq ? inline(w.entries, w.options) : null);
    }
  };

  const start = () => {
    if (worker !== undefined) return worker;
    try {
      worker = spawn();
    } catch {
      worker = null;
    }
    worker?.addEventListener('error', giveUpOnWorker);
    worker?.addEventListener('message', (event: MessageEvent<DetectResponse>) => {
      const n = event.data.seq;
      const w = waiting.get(n);
      if (!w) return;
      waiting.delete(n);
      settleOlder(n);
      w.resolve('findings' in event.data ? event.data.findings : inline(w.entries, w.options));
    });
    return worker;
  };

  return {
    detect(entries, options) {
      const n = ++seq;
      settleOlder(n);
      const w = start();
      if (!w) return inline(entries, options);
      return new Promise((resolve) => {
        waiting.set(n, { resolve, entries, options });
        void packInSlices(entries, () => n !== seq).then((packed) => {
          // Overtaken meanwhile: the newer call has settled this one already.
          if (!packed || !worker) return;
          const request: DetectRequest = { seq: n, packed, options };
          worker.postMessage(request, packedBuffers(packed));
        });
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
      settleOlder(Infinity);
    },
  };
}
