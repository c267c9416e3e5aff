// @vitest-environment happy-dom
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RetryCountdown } from './retry-countdown.tsx';

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-08-07T09:00:00.000Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('RetryCountdown', () => {
  it('counts the wait down a second at a time, then says one may try again', () => {
    const until = Date.now() + 2_500;
    const { container } = render(<RetryCountdown until={until} />);
    expect(container.textContent).toBe('Too many attempts; try again in 3 s');
    act(() => void vi.advanceTimersByTime(600));
    expect(container.textContent).toBe('Too many attempts; try again in 2 s');
    act(() => void vi.advanceTimersByTime(1_000));
    expect(container.textContent).toBe('Too many attempts; try again in 1 s');
    act(() => void vi.advanceTimersByTime(1_000));
    expect(container.textContent).toBe('You can try again now.');
  });

  it('keeps the ticking seconds out of what a screen reader announces', () => {
    const { container } = render(<RetryCountdown until={Date.now() + 40_000} />);
    expect(container.querySelector('[aria-live="off"]')?.textContent).toBe('40 s');
  });
});
