import { describe, expect, it } from 'vitest';
import { createRandom } from '../demo/random.ts';
import { ByteWriter } from '../http/byte-writer.ts';
import { writeIsoTime } from './iso-time.ts';

const out = new ByteWriter(64);
const isoTime = (ms: number) => {
  out.clear();
  writeIsoTime(out, ms);
  return out.takeString().text;
};

describe('writeIsoTime', () => {
  it('matches Date#toISOString', () => {
    const rng = createRandom(7);
    const samples = [
      0,
      -1,
      86_399_999,
      86_400_000,
      Date.parse('0000-01-01T00:00:00Z'),
      Date.parse('9999-12-31T23:59:59.999Z'),
    ];
    for (let i = 0; i < 10_000; i++) samples.push(Math.floor((rng.next() - 0.3) * 4e12));
    for (const ms of samples) expect(isoTime(ms), String(ms)).toBe(new Date(ms).toISOString());
  });

  it('writes an instant beyond four-digit years as the nearest bound, never as +010000-…', () => {
    expect(isoTime(Date.parse('+010000-01-01T23:58:59Z'))).toBe('9999-12-31T23:59:59.999Z');
    expect(isoTime(Date.parse('-000001-12-31T00:00:00Z'))).toBe('0000-01-01T00:00:00.000Z');
  });
});
