export interface ThrottleRules {
  /** Failures in a row, each within `windowMs` of the one before, that start a wait. */
  threshold: number;
  windowMs: number;
  /** The first wait; each further failure doubles it, up to `maxWaitMs`. */
  baseWaitMs: number;
  maxWaitMs: number;
  /** Once a wait has started, the count is kept until this long has passed without a failure. */
  forgetMs: number;
  /** Most keys remembered; past it the one that failed longest ago is forgotten. */
  maxKeys: number;
}

/** Failed sign-ins per account: five guesses, then a wait. */
export const ACCOUNT_RULES: ThrottleRules = {
  threshold: 5,
  windowMs: 60_000,
  baseWaitMs: 30_000,
  maxWaitMs: 15 * 60_000,
  forgetMs: 60 * 60_000,
  maxKeys: 10_000,
};

/**
 * Failed sign-ins per client address: more room, because an address is often shared (everyone on this
 * machine is 127.0.0.1, an office is one address), yet a bound on one address trying many accounts.
 */
export const ADDRESS_RULES: ThrottleRules = { ...ACCOUNT_RULES, threshold: 20 };

interface Failures {
  count: number;
  last: number;
  /** Until when sign-ins under this key are refused without a check (0: not waiting). */
  until: number;
}

/**
 * Failed sign-ins per key (an account or a client address). The map is kept in order of the last failure,
 * so the first entries are the ones to forget, and it never holds more than `maxKeys`.
 */
export class FailureCounter {
  private readonly keys = new Map<string, Failures>();

  constructor(private readonly rules: ThrottleRules = ACCOUNT_RULES) {}

  /** Milliseconds until `key` may try again; 0 when it may now. */
  waitMs(key: string, now: number): number {
    const f = this.keys.get(key);
    return f && f.until > now ? f.until - now : 0;
  }

  failed(key: string, now: number): void {
    const before = this.keys.get(key);
    const count = before && !this.forgotten(before, now) ? before.count + 1 : 1;
    const { threshold, baseWaitMs, maxWaitMs } = this.rules;
    const until = count >= threshold ? now + Math.min(maxWaitMs, baseWaitMs * 2 ** (count - threshold)) : 0;
    this.keys.delete(key);
    this.keys.set(key, { count, last: now, until });
    this.prune(now);
  }

  succeeded(key: string): void {
    this.keys.delete(key);
  }

  get size(): number {
    return this.keys.size;
  }

  private forgotten(f: Failures, now: number): boolean {
    return f.count < this.rules.threshold
      ? now - f.last > this.rules.windowMs
      : now - Math.max(f.last, f.until) > this.rules.forgetMs;
  }

  private prune(now: number): void {
    for (const [key, f] of this.keys) {
      if (this.keys.size <= this.rules.maxKeys && !this.forgotten(f, now)) break;
      this.keys.delete(key);
    }
  }
}

/**
 * The throttling key of a client address: an IPv4 address as is (also when written IPv4-mapped), an IPv6
 * address by its /64 network, which one subscriber usually has whole.
 */
export function addressKey(address: string | undefined): string {
  if (!address) return 'unknown';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!address.includes(':')) return address;
  const plain = address.split('%')[0] ?? '';
  const [head = '', tail = ''] = plain.split('::');
  const front = head ? head.split(':') : [];
  const back = tail ? tail.split(':') : [];
  const groups = plain.includes('::')
    ? [...front, ...Array<string>(Math.max(0, 8 - front.length - back.length)).fill('0'), ...back]
    : front;
  return `${groups
    .slice(0, 4)
    .map((g) => (parseInt(g, 16) || 0).toString(16))
    .join(':')}::/64`;
}
