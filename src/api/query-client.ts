import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error.ts';

export const MAX_RETRIES = 3;

/** Queries retry only what may pass next time (network, 5xx); a 4xx, and above all a 402, never. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return error instanceof ApiError && error.isTransient && failureCount < MAX_RETRIES;
}

/** 0.5 s, 1 s, 2 s, … up to 8 s between attempts. */
export function retryDelay(failureCount: number): number {
  return Math.min(500 * 2 ** failureCount, 8_000);
}

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
      // A write that failed is the person's to repeat: retrying could apply it twice.
      mutations: { retry: false },
    },
  });
}
