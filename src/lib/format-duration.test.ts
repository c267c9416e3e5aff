import { describe, expect, it } from 'vitest';
import { formatDecimalHours, formatDuration } from './format-duration.ts';

describe('formatDuration', () => {
  it('writes h:mm with unwrapped hours', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(59)).toBe('0:00');
    expect(formatDuration(60)).toBe('0:01');
    expect(formatDuration(5400)).toBe('1:30');
    expect(formatDuration(86_400 + 3_600 * 62 + 30 * 60)).toBe('86:30');
  });

  it('writes h:mm:ss and floors like a clock', () => {
    expect(formatDuration(0, 'h:mm:ss')).toBe('0:00:00');
    expect(formatDuration(3599.9, 'h:mm:ss')).toBe('0:59:59');
    expect(formatDuration(3661, 'h:mm:ss')).toBe('1:01:01');
    expect(formatDuration(100 * 3600 + 5, 'h:mm:ss')).toBe('100:00:05');
  });

  it('leaves unknown durations empty and keeps a sign', () => {
    expect(formatDuration(null)).toBe('');
    expect(formatDuration(undefined)).toBe('');
    expect(formatDuration(Number.NaN)).toBe('');
    expect(formatDuration(-90)).toBe('-0:01');
  });
});

describe('formatDecimalHours', () => {
  it('rounds to two places', () => {
    expect(formatDecimalHours(5400)).toBe('1.50');
    expect(formatDecimalHours(1)).toBe('0.00');
    expect(formatDecimalHours(3600 * 7 + 20 * 60)).toBe('7.33');
    expect(formatDecimalHours(null)).toBe('');
  });
});
