import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const PARAMS = { N: 16384, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

let scryptRuns = 0;
/** How many scrypt computations this process has started: lets tests see that a refusal ran none. */
export const scryptRunCount = () => scryptRuns;

function scryptAsync(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  scryptRuns++;
  return new Promise((resolve, reject) => {
    scrypt(password, salt, KEY_LENGTH, { ...options, maxmem: 64 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64: the parameters travel with the hash. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

let dummyHash: Promise<string> | undefined;

/**
 * True when `password` matches `stored`. A missing user (`stored` null) is checked against a dummy hash
 * so that an unknown email costs as much as a wrong password.
 */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  dummyHash ??= hashPassword('focus-dummy-password');
  const parts = (stored ?? (await dummyHash)).split('$');
  const [scheme, n, r, p, salt, hash] = parts;
  if (parts.length !== 6 || scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return stored !== null && expected.length === actual.length && timingSafeEqual(expected, actual);
}

export function sha256(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** API keys are stored as SHA-256 hex; a key is long and random, so a slow hash would add nothing. */
export function hashApiKey(key: string): string {
  return sha256(key).toString('hex');
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}
