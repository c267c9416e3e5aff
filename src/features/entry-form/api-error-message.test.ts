import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/index.ts';
import { canRetry, fieldErrorsOf, saveErrorMessage } from './api-error-message.ts';

const refusal = new ApiError({
  kind: 'http',
  status: 403,
  code: 'forbidden',
  description: 'creating entries for someone else (user_id) needs the manage_time_entries permission',
  values: { user_id: [7] },
});

describe('a refused save', () => {
  it('is explained in plain words, without the field the server named', () => {
    const message = saveErrorMessage(refusal);
    expect(message).toMatch(/^Permission missing\. You do not have permission/);
    expect(message).not.toMatch(/user_id|manage_time_entries|API|request/);
    expect(
      fieldErrorsOf(refusal)
        .map(([, m]) => m)
        .join(),
    ).not.toMatch(/user_id/);
  });

  it('offers Retry only where sending the same again can succeed', () => {
    expect(canRetry(refusal)).toBe(false);
    expect(canRetry(new ApiError({ kind: 'http', status: 400, description: 'duration must be ≥ 0' }))).toBe(
      false,
    );
    expect(canRetry(new ApiError({ kind: 'http', status: 503, description: 'busy' }))).toBe(true);
    expect(canRetry(new ApiError({ kind: 'http', status: 401, description: 'signed out' }))).toBe(true);
    expect(canRetry(new ApiError({ kind: 'network', description: 'offline' }))).toBe(true);
  });
});
