import { ApiError } from '../http/errors.ts';

/**
 * Runs password checks a few at a time. scrypt takes tens of milliseconds of a thread-pool thread each;
 * unbounded, a flood of them would fill the pool (which file reads share) and queue every honest sign-in
 * behind it. Waiting checks take turns by client address, so one address's flood waits behind itself,
 * not in front of everyone else. Past `maxWaiting` queued checks the answer is 503 at once.
 */
export class PasswordSlots {
  private running = 0;
  private waiting = 0;
  /** Waiting checks by address; the address served last moves to the back. */
  private readonly queues = new Map<string, (() => void)[]>();

  constructor(
    private readonly concurrency = 2,
    private readonly maxWaiting = 100,
  ) {}

  async run<T>(address: string, check: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting >= this.maxWaiting) {
        throw new ApiError(
          503,
          'busy',
          'The server is checking too many sign-ins at once; try again in a second.',
          undefined,
          { 'Retry-After': '1' },
        );
      }
      this.waiting++;
      await new Promise<void>((turn) => {
        const queue = this.queues.get(address);
        if (queue) queue.push(turn);
        else this.queues.set(address, [turn]);
      });
    } else {
      this.running++;
    }
    try {
      return await check();
    } finally {
      this.next();
    }
  }

  /** Hands the slot straight to the next address's first check, so `running` stays as it is. */
  private next(): void {
    const first = this.queues.entries().next();
    if (first.done) {
      this.running--;
      return;
    }
    const [address, queue] = first.value;
    const turn = queue.shift();
    this.queues.delete(address);
    if (queue.length > 0) this.queues.set(address, queue);
    this.waiting--;
    turn?.();
  }
}
