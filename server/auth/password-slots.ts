import { ApiError } from '../http/errors.ts';

/**
 * Runs password checks a few at a time, first come first served. scrypt takes tens of milliseconds of a
 * thread-pool thread each; unbounded, a flood of them would fill the pool (which file reads share) and
 * queue every honest sign-in behind it. Past `maxWaiting` queued checks the answer is 503 at once.
 */
export class PasswordSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly concurrency = 2,
    private readonly maxWaiting = 100,
  ) {}

  async run<T>(check: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.maxWaiting) {
        throw new ApiError(
          503,
          'busy',
          'The server is checking too many sign-ins at once; try again in a second.',
          undefined,
          { 'Retry-After': '1' },
        );
      }
      await new Promise<void>((turn) => this.waiting.push(turn));
    } else {
      this.running++;
    }
    try {
      return await check();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next in line, so `running` stays as it is.
      if (next) next();
      else this.running--;
    }
  }
}
