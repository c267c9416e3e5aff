import type { Db } from '../db/connection.ts';
import { tooManyRequests, unauthorized } from '../http/errors.ts';
import { PasswordSlots } from './password-slots.ts';
import { hashApiKey, sameHash, sha256, verifyPassword } from './passwords.ts';
import { findUserByApiKeyHash, findUserByEmail } from './store.ts';
import { ACCOUNT_RULES, ADDRESS_RULES, FailureCounter, addressKey, type ThrottleRules } from './throttle.ts';

const CACHE_TTL_MS = 60_000;
/** A remembered success this close to expiry is checked again in the background while it still answers. */
const REFRESH_BEFORE_MS = 10_000;
const CACHE_MAX = 1000;

/** `clientAddress` is the socket's remote address: the throttle counts failed sign-ins per address too. */
export type Authenticate = (authorization: string | undefined, clientAddress?: string) => Promise<number>;

interface Remembered {
  userId: Promise<number>;
  expires: number;
  refreshing: boolean;
}

/**
 * Resolves the Authorization header to a user id or throws a 401. scrypt on every request would cap
 * throughput at a few dozen requests a second, so a success is remembered for a minute under the SHA-256
 * of the header (never the header itself); failures are not remembered.
 *
 * Requests that arrive together with the same header share one check (a dashboard opening fires a
 * dozen at once; each running its own scrypt would keep them all waiting on the thread pool), and an
 * active session is re-checked in the background before its minute is up, so it never stalls on expiry.
 *
 * Failed password checks are counted per account and per client address (see SignInThrottle); that
 * re-check is exempt, since the header it checks was right a minute ago.
 */
export function createAuthenticator(
  db: Db,
  now: () => number = Date.now,
  rules: { accounts: ThrottleRules; addresses: ThrottleRules } = {
    accounts: ACCOUNT_RULES,
    addresses: ADDRESS_RULES,
  },
): Authenticate {
  const cache = new Map<string, Remembered>();
  const throttle = new SignInThrottle(rules, now);
  const verify = (authorization: string, address: string | undefined, throttled: boolean) =>
    verifyHeader(db, authorization, { throttle, address, throttled });

  function check(key: string, authorization: string, address: string | undefined): Promise<number> {
    const userId = verify(authorization, address, true);
    if (cache.size >= CACHE_MAX && !cache.has(key)) {
      const oldest = cache.keys().next();
      if (!oldest.done) cache.delete(oldest.value);
    }
    const entry: Remembered = { userId, expires: now() + CACHE_TTL_MS, refreshing: false };
    cache.set(key, entry);
    userId.catch(() => {
      if (cache.get(key) === entry) cache.delete(key);
    });
    return userId;
  }

  return async function authenticate(authorization, clientAddress) {
    if (!authorization) {
      throw unauthorized('Sign in: send Authorization: Basic base64(email:password) or Bearer <API key>.');
    }
    const key = sha256(authorization).toString('base64');
    const hit = cache.get(key);
    const at = now();
    if (!hit || hit.expires <= at) return check(key, authorization, clientAddress);
    if (hit.expires - at < REFRESH_BEFORE_MS && !hit.refreshing) {
      hit.refreshing = true;
      // The current answer stands until the new one is in; a failure drops the entry, so the next request re-checks.
      const fresh = verify(authorization, clientAddress, false);
      fresh.then(
        (userId) => {
          if (cache.get(key) === hit)
            cache.set(key, { userId: fresh, expires: now() + CACHE_TTL_MS, refreshing: false });
          return userId;
        },
        () => {
          if (cache.get(key) === hit) cache.delete(key);
        },
      );
    }
    return hit.userId;
  };
}

/**
 * Failed sign-ins per account and per client address. Past the threshold, a sign-in is refused with 429
 * before any password check; a success clears its account's count (not its address's, or one valid
 * account would let an address try others without end). Password checks run a few at a time.
 */
class SignInThrottle {
  readonly accounts: FailureCounter;
  readonly addresses: FailureCounter;
  readonly slots = new PasswordSlots();

  constructor(
    rules: { accounts: ThrottleRules; addresses: ThrottleRules },
    readonly now: () => number,
  ) {
    this.accounts = new FailureCounter(rules.accounts);
    this.addresses = new FailureCounter(rules.addresses);
  }

  waitMs(account: string, address: string): number {
    const at = this.now();
    return Math.max(this.accounts.waitMs(account, at), this.addresses.waitMs(address, at));
  }
}

interface Via {
  throttle: SignInThrottle;
  address: string | undefined;
  /** False for the background re-check of a header that was right a minute ago. */
  throttled: boolean;
}

async function verifyHeader(db: Db, authorization: string, via: Via): Promise<number> {
  const space = authorization.indexOf(' ');
  const scheme = authorization.slice(0, space).toLowerCase();
  const value = authorization.slice(space + 1).trim();
  if (space > 0 && scheme === 'basic') return verifyBasic(db, value, via);
  if (space > 0 && scheme === 'bearer') return verifyBearer(db, value);
  throw unauthorized('The Authorization header must use the Basic or Bearer scheme.');
}

const tooManyFailures = (waitMs: number) =>
  tooManyRequests('Too many failed sign-ins; try again in {seconds} s.', waitMs);

async function verifyBasic(db: Db, encoded: string, { throttle, address, throttled }: Via): Promise<number> {
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) throw unauthorized('Basic credentials must be base64(email:password).');
  const email = decoded.slice(0, colon);
  const account = email.trim().toLowerCase();
  const from = addressKey(address);
  const wait = () => (throttled ? throttle.waitMs(account, from) : 0);
  if (wait() > 0) throw tooManyFailures(wait());
  return throttle.slots.run(from, async () => {
    // Checked again: failures that arrived while this one queued may have started a wait.
    if (wait() > 0) throw tooManyFailures(wait());
    const user = findUserByEmail(db, email);
    const ok = await verifyPassword(decoded.slice(colon + 1), user?.password_hash ?? null);
    if (!user || !ok) {
      if (throttled) {
        throttle.accounts.failed(account, throttle.now());
        throttle.addresses.failed(from, throttle.now());
      }
      throw unauthorized('The email or password is wrong.');
    }
    throttle.accounts.succeeded(account);
    return user.id;
  });
}

function verifyBearer(db: Db, apiKey: string): number {
  const hash = hashApiKey(apiKey);
  // Looked up by its hash; timing of the index lookup says nothing usable about a random key.
  const user = findUserByApiKeyHash(db, hash);
  if (!user?.api_key_hash || !sameHash(user.api_key_hash, hash))
    throw unauthorized('The API key is not valid.');
  return user.id;
}
