import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.ts';
import { MAX_RETRIES, createQueryClient, retryDelay, shouldRetry } from './query-client.ts';

const http = (status: number) => new ApiError({ kind: 'http', status, description: `HTTP ${status}` });

describe('shouldRetry', () => {
  it('retries network failures and 5xx a few times', () => {
    const network = new ApiError({ kind: 'network', description: 'down' });
    for (const error of [network, http(500), http(502), http(503)]) {
      expect([0, 1, 2, 3].map((n) => shouldRetry(n, error))).toEqual([true, true, true, false]);
    }
    expect(MAX_RETRIES).toBe(3);
  });

  it('never retries a 4xx, least of all a 402', () => {
    for (const status of [400, 401, 402, 403, 404, 409]) expect(shouldRetry(0, http(status))).toBe(false);
  });

  it('never retries what cannot change by itself', () => {
    expect(shouldRetry(0, new ApiError({ kind: 'unexpected', status: 200, description: 'x' }))).toBe(false);
    expect(shouldRetry(0, new ApiError({ kind: 'aborted', description: 'x' }))).toBe(false);
    expect(shouldRetry(0, new Error('a bug'))).toBe(false);
  });
});

describe('retryDelay', () => {
  it('backs off exponentially up to a cap', () => {
    expect([0, 1, 2, 3, 10].map((n) => retryDelay(n))).toEqual([500, 1000, 2000, 4000, 8000]);
  });
});

describe('createQueryClient', () => {
  it('retries queries by the rules above and mutations never', () => {
    const defaults = createQueryClient().getDefaultOptions();
    expect(defaults.queries?.retry).toBe(shouldRetry);
    expect(defaults.queries?.retryDelay).toBe(retryDelay);
    expect(defaults.mutations?.retry).toBe(false);
  });
});
