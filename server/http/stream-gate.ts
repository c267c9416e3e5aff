import { ApiError, tooManyRequests } from './errors.ts';

export interface StreamLimits {
  /** Streams one person may have open at once; past it, 429. */
  perUser: number;
  /** Streams this process serves at once, whoever asks; past it, 503. */
  perProcess: number;
  /** A stream whose client has read nothing for this long is ended. */
  writeTimeoutMs: number;
}

/**
 * Each open stream holds a database reader of its own (a snapshot, a page cache and three files) and
 * whatever the socket has not taken yet. A dashboard needs one or two at a time; these bounds keep a
 * client that opens hundreds and reads none from holding the process's memory and files.
 */
export const STREAM_LIMITS: StreamLimits = { perUser: 4, perProcess: 64, writeTimeoutMs: 30_000 };

/** Counts open streams per user and in all; `enter` gives a slot or refuses, its result gives it back. */
export class StreamGate {
  private readonly open = new Map<number, number>();
  private total = 0;

  constructor(readonly limits: StreamLimits = STREAM_LIMITS) {}

  enter(userId: number): () => void {
    const mine = this.open.get(userId) ?? 0;
    if (mine >= this.limits.perUser) {
      throw tooManyRequests(
        `You have ${mine} streams open, the most at once; finish one, or try again in {seconds} s.`,
        1000,
      );
    }
    if (this.total >= this.limits.perProcess) {
      throw new ApiError(
        503,
        'busy',
        'The server has as many streams open as it serves at once; try again shortly.',
        undefined,
        {
          'Retry-After': '1',
        },
      );
    }
    this.open.set(userId, mine + 1);
    this.total++;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.total--;
      const now = (this.open.get(userId) ?? 1) - 1;
      if (now === 0) this.open.delete(userId);
      else this.open.set(userId, now);
    };
  }
}
