import type { Db } from '../db/connection.ts';
import { unauthorized } from '../http/errors.ts';
import { hashApiKey, sameHash, sha256, verifyPassword } from './passwords.ts';
import { findUserByApiKeyHash, findUserByEmail } from './store.ts';

const CACHE_TTL_MS = 60_000;
/** A remembered success this close to expiry is checked again in the background while it still answers. */
const REFRESH_BEFORE_MS = 10_000;
const CACHE_MAX = 1000;

export type Authenticate = (authorization: string | undefined) => Promise<number>;

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
 */
export function createAuthenticator(db: Db, now: () => number = Date.now): Authenticate {
  const cache = new Map<string, Remembered>();

  function check(key: string, authorization: string): Promise<number> {
    const userId = verify(db, authorization);
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

  return async function authenticate(authorization) {
    if (!authorization) {
      throw unauthorized('Sign in: send Authorization: Basic base64(email:password) or Bearer <API key>.');
    }
    const key = sha256(authorization).toString('base64');
    const hit = cache.get(key);
    const at = now();
    if (!hit || hit.expires <= at) return check(key, authorization);
    if (hit.expires - at < REFRESH_BEFORE_MS && !hit.refreshing) {
      hit.refreshing = true;
      // The current answer stands until the new one is in; a failure drops the entry, so the next request re-checks.
      const fresh = verify(db, authorization);
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

async function verify(db: Db, authorization: string): Promise<number> {
  const space = authorization.indexOf(' ');
  const scheme = authorization.slice(0, space).toLowerCase();
  const value = authorization.slice(space + 1).trim();
  if (space > 0 && scheme === 'basic') return verifyBasic(db, value);
  if (space > 0 && scheme === 'bearer') return verifyBearer(db, value);
  throw unauthorized('The Authorization header must use the Basic or Bearer scheme.');
}

async function verifyBasic(db: Db, encoded: string): Promise<number> {
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) throw unauthorized('Basic credentials must be base64(email:password).');
  const user = findUserByEmail(db, decoded.slice(0, colon));
  const ok = await verifyPassword(decoded.slice(colon + 1), user?.password_hash ?? null);
  if (!user || !ok) throw unauthorized('The email or password is wrong.');
  return user.id;
}

function verifyBearer(db: Db, apiKey: string): number {
  const hash = hashApiKey(apiKey);
  // Looked up by its hash; timing of the index lookup says nothing usable about a random key.
  const user = findUserByApiKeyHash(db, hash);
  if (!user?.api_key_hash || !sameHash(user.api_key_hash, hash))
    throw unauthorized('The API key is not valid.');
  return user.id;
}
