import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, readThresholds, writeThresholds } from './thresholds.ts';

describe('thresholds in the URL', () => {
  it('reads defaults from a plain link and writes none back', () => {
    expect(readThresholds(new URLSearchParams(''))).toEqual(DEFAULT_THRESHOLDS);
    expect(writeThresholds(new URLSearchParams('from=2026-11-01'), DEFAULT_THRESHOLDS).toString()).toBe(
      'from=2026-11-01',
    );
  });

  it('round-trips changed values beside other parameters', () => {
    const t = { runningHours: 8, longHours: 12.5, breakHours: 1.5, breaks: true, weekends: true };
    const params = writeThresholds(new URLSearchParams('from=2026-11-01&to=2026-11-30'), t);
    expect(params.toString()).toBe(
      'from=2026-11-01&to=2026-11-30&running_h=8&long_h=12.5&break_h=1.5&breaks=1&weekends=1',
    );
    expect(readThresholds(params)).toEqual(t);
  });

  it('keeps the default for a value no one means', () => {
    const t = readThresholds(new URLSearchParams('running_h=abc&long_h=-3&break_h=0&breaks=yes&weekends=2'));
    expect(t).toEqual(DEFAULT_THRESHOLDS);
    expect(readThresholds(new URLSearchParams('long_h=169')).longHours).toBe(10);
    expect(readThresholds(new URLSearchParams('long_h=168')).longHours).toBe(168);
  });
});
