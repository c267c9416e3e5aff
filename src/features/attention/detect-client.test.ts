import { describe, expect, it } from 'vitest';
import { createDetector, PACK_SLICE, packInSlices } from './detect-client.ts';
import { packEntries } from './detect/packed.ts';
import { answer, type DetectRequest, type DetectResponse } from './detect-protocol.ts';
import { DEFAULT_THRESHOLDS } from './detect/thresholds.ts';

const options = {
  now: Date.parse('2026-08-20T15:00:00Z'),
  timeZone: 'Europe/Berlin',
  thresholds: DEFAULT_THRESHOLDS,
};
const entries = [
  {
    id: 1,
    toggl_user_id: 4,
    task_id: 11,
    type: 'activity' as const,
    start: '2026-08-10T07:00:00Z',
    duration: 0,
  },
];

describe('createDetector', () => {
  it('detects inline where there is no Worker', async () => {
    const detector = createDetector(() => null);
    expect((await detector.detect(entries, options))?.zero).toEqual([1]);
  });

  it('detects inline when the worker cannot be created', async () => {
    const detector = createDetector(() => {
      throw new Error('blocked');
    });
    expect((await detector.detect(entries, options))?.zero).toEqual([1]);
  });
});

/** Stands in for the browser's Worker: answers asynchronously through the same function the worker runs. */
class FakeWorker extends EventTarget {
  terminated = false;
  constructor(private readonly reply: (request: DetectRequest) => DetectResponse | 'crash' = answer) {
    super();
  }
  postMessage(request: DetectRequest) {
    setTimeout(() => {
      const response = this.reply(request);
      if (response === 'crash') this.dispatchEvent(new Event('error'));
      else this.dispatchEvent(new MessageEvent('message', { data: response }));
    }, 1);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('createDetector with a worker', () => {
  it('answers through the worker, and resolves an overtaken call with null', async () => {
    const fake = new FakeWorker();
    const detector = createDetector(() => fake as unknown as Worker);
    const first = detector.detect(entries, options);
    const second = detector.detect([...entries, { ...entries[0]!, id: 2 }], options);
    expect(await first).toBeNull();
    expect((await second)?.zero).toEqual([1, 2]);
  });

  it('falls back to detecting inline when the worker throws or fails to load', async () => {
    const failing = createDetector(
      () => new FakeWorker((r) => ({ seq: r.seq, error: 'boom' })) as unknown as Worker,
    );
    expect((await failing.detect(entries, options))?.zero).toEqual([1]);
    const fake = new FakeWorker(() => 'crash');
    const crashing = createDetector(() => fake as unknown as Worker);
    expect((await crashing.detect(entries, options))?.zero).toEqual([1]);
    expect(fake.terminated).toBe(true);
  });
});

describe('packInSlices', () => {
  const many = Array.from({ length: PACK_SLICE * 2 + 5 }, (_, i) => ({
    ...entries[0]!,
    id: i + 1,
    toggl_user_id: i % 7,
    duration: i % 3 ? 600 : null,
  }));

  it('packs what packEntries packs, pausing between slices', async () => {
    let pauses = 0;
    const packed = await packInSlices(
      many,
      () => false,
      async () => void pauses++,
    );
    expect(packed).toEqual(packEntries(many));
    expect(pauses).toBe(2);
  });

  it('stops when a newer request makes it stale', async () => {
    let stale = false;
    const pause = async () => {
      stale = true;
    };
    expect(await packInSlices(many, () => stale, pause)).toBeNull();
  });
});
