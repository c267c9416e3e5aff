import { describe, expect, it } from 'vitest';
import { JsonShapeGauge } from './json-shape.ts';

const feed = (text: string, chunks = 1, limits: [number, number] = [32, 50_000]) => {
  const gauge = new JsonShapeGauge(...limits);
  const bytes = Buffer.from(text);
  const size = Math.ceil(bytes.length / chunks);
  for (let at = 0; at < bytes.length; at += size) {
    const problem = gauge.feed(bytes.subarray(at, at + size));
    if (problem) return problem;
  }
  return undefined;
};

describe('JsonShapeGauge', () => {
  it('lets 32 levels through and stops at the 33rd, however the text is split', () => {
    for (const chunks of [1, 7, 64]) {
      expect(feed(`${'['.repeat(32)}${']'.repeat(32)}`, chunks)).toBeUndefined();
      expect(feed(`${'[{"a":'.repeat(16)}1${'}]'.repeat(16)}`, chunks)).toBeUndefined();
      expect(feed(`${'['.repeat(33)}${']'.repeat(33)}`, chunks)).toBe('too-deep');
    }
  });

  it('counts depth again after closing, not in total', () => {
    expect(feed(`[${Array(100).fill('[[[]]]').join(',')}]`)).toBeUndefined();
  });

  it('ignores brackets and commas inside strings, escaped quotes included', () => {
    expect(feed(JSON.stringify({ a: '[[[[[[', b: 'x\\"[[[[,,,,', c: '\\\\' }), 1, [2, 4])).toBeUndefined();
    expect(feed(JSON.stringify([['\\'], [[1]]]), 1, [2, 50])).toBe('too-deep');
  });

  it('stops at the value past the limit', () => {
    expect(feed(`[${Array(10).fill(1).join(',')}]`, 3, [32, 10])).toBeUndefined();
    expect(feed(`[${Array(11).fill(1).join(',')}]`, 3, [32, 10])).toBe('too-many-values');
  });
});
