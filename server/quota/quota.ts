import { QUOTA_REMAINING_HEADER, QUOTA_RESETS_IN_HEADER } from '../../contract/index.ts';
import { ApiError } from '../http/errors.ts';

const HOUR_MS = 3_600_000;

export interface QuotaResult {
  headers: Record<string, string>;
  exceeded: ApiError | undefined;
}

export type TakeQuota = (userId: number) => QuotaResult;

/** The live API's hourly request quota, per user over a rolling hour, answered with 402 (not 429). */
export function createQuota(perHour: number, now: () => number = Date.now): TakeQuota {
  const hits = new Map<number, number[]>();

  return function take(userId) {
    const t = now();
    let times = hits.get(userId);
    if (!times) {
      times = [];
      hits.set(userId, times);
    }
    while (times.length > 0 && (times[0] as number) <= t - HOUR_MS) times.shift();

    const exceeded = times.length >= perHour;
    if (!exceeded) times.push(t);
    const oldest = times[0] ?? t;
    const headers = {
      [QUOTA_REMAINING_HEADER]: String(perHour - times.length),
      [QUOTA_RESETS_IN_HEADER]: String(Math.max(1, Math.ceil((oldest + HOUR_MS - t) / 1000))),
    };
    if (!exceeded) return { headers, exceeded: undefined };
    const minutes = Math.ceil(Number(headers[QUOTA_RESETS_IN_HEADER]) / 60);
    return {
      headers,
      exceeded: new ApiError(
        402,
        'quota_exceeded',
        `The hourly quota of ${perHour} requests is used up; it resets in about ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      ),
    };
  };
}
