import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorBody } from '../../contract/index.ts';
import { openDatabase } from '../db/connection.ts';
import { DEMO_ACCOUNTS, basicAuthorization as basic } from '../demo/accounts.ts';
import { ApiError } from '../http/errors.ts';
import { startTestServer, type TestServer } from '../testing.ts';
import { createAuthenticator } from './authenticate.ts';
import { hashApiKey, hashPassword, verifyPassword } from './passwords.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const USERS = '/organizations/1/users';

async function withAuth(authorization: string | undefined) {
  const res = await fetch(`${server.apiUrl}${USERS}`, {
    headers: authorization ? { Authorization: authorization } : {},
  });
  return { res, body: await res.json() };
}

describe('authentication', () => {
  it.each(Object.entries(DEMO_ACCOUNTS))(
    'takes %s by email and password and by API key',
    async (_, account) => {
      expect((await withAuth(basic(account.email, account.password))).res.status).toBe(200);
      expect((await withAuth(`Bearer ${account.apiKey}`)).res.status).toBe(200);
      expect((await withAuth(basic(account.email.toUpperCase(), account.password))).res.status).toBe(200);
    },
  );

  it.each([
    ['no credentials', undefined],
    ['a wrong password', basic(DEMO_ACCOUNTS.lead.email, DEMO_ACCOUNTS.member.password)],
    ['an unknown email', basic('nobody@example.com', DEMO_ACCOUNTS.lead.password)],
    ['a demo person without a password', basic('aiden.oconnor@example.com', '')],
    ['a wrong API key', 'Bearer toggl_sk_00000000000000000000000000000000'],
    ['an empty bearer', 'Bearer '],
    ['basic without a colon', `Basic ${Buffer.from(DEMO_ACCOUNTS.lead.email).toString('base64')}`],
    ['an unknown scheme', `Token ${DEMO_ACCOUNTS.lead.apiKey}`],
    ['a bare scheme', 'Basic'],
  ])('answers 401 invalid_session for %s, without WWW-Authenticate', async (_, authorization) => {
    const { res, body } = await withAuth(authorization);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBeNull();
    expect(apiErrorBody.parse(body).error).toBe('invalid_session');
  });

  it('does not let a remembered success vouch for a wrong password', async () => {
    const { email, password } = DEMO_ACCOUNTS.member;
    expect((await withAuth(basic(email, password))).res.status).toBe(200);
    expect((await withAuth(basic(email, `${password}x`))).res.status).toBe(401);
  });

  it('stores scrypt hashes and SHA-256 key hashes, never the secrets', () => {
    const db = openDatabase(server.dbPath);
    try {
      const rows = db.prepare('SELECT email, password_hash, api_key_hash FROM users').all() as {
        email: string;
        password_hash: string | null;
        api_key_hash: string | null;
      }[];
      for (const account of Object.values(DEMO_ACCOUNTS)) {
        const row = rows.find((r) => r.email === account.email);
        expect(row?.password_hash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
        expect(row?.password_hash).not.toContain(account.password);
        expect(row?.api_key_hash).toBe(hashApiKey(account.apiKey));
      }
    } finally {
      db.close();
    }
  });
});

describe('passwords', () => {
  it('salts every hash and verifies only the right password', async () => {
    const [a, b] = [await hashPassword('secret'), await hashPassword('secret')];
    expect(a).not.toBe(b);
    expect(await verifyPassword('secret', a)).toBe(true);
    expect(await verifyPassword('Secret', a)).toBe(false);
    expect(await verifyPassword('secret', 'not-a-hash')).toBe(false);
  });

  it('spends as long on an unknown user as on a wrong password', async () => {
    const stored = await hashPassword('secret');
    await verifyPassword('warm-up', null);
    const time = async (fn: () => Promise<boolean>) => {
      const samples = [];
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        expect(await fn()).toBe(false);
        samples.push(performance.now() - t);
      }
      return samples.sort((x, y) => x - y)[1] ?? 0;
    };
    const wrong = await time(() => verifyPassword('guess', stored));
    const unknown = await time(() => verifyPassword('guess', null));
    expect(unknown).toBeGreaterThan(wrong / 3);
  });
});

describe('authenticator cache', () => {
  it('remembers a success for a minute, then checks again', async () => {
    const db = openDatabase(server.dbPath);
    let now = Date.now();
    const authenticate = createAuthenticator(db, () => now);
    const header = `Bearer ${DEMO_ACCOUNTS.outsider.apiKey}`;
    try {
      expect(await authenticate(header)).toBe(DEMO_ACCOUNTS.outsider.userId);
      db.prepare('UPDATE users SET api_key_hash = ? WHERE id = ?').run(
        hashApiKey('rotated'),
        DEMO_ACCOUNTS.outsider.userId,
      );
      now += 30_000;
      expect(await authenticate(header)).toBe(DEMO_ACCOUNTS.outsider.userId);
      now += 31_000;
      await expect(authenticate(header)).rejects.toBeInstanceOf(ApiError);
    } finally {
      db.prepare('UPDATE users SET api_key_hash = ? WHERE id = ?').run(
        hashApiKey(DEMO_ACCOUNTS.outsider.apiKey),
        DEMO_ACCOUNTS.outsider.userId,
      );
      db.close();
    }
  });

  const rotate = (db: ReturnType<typeof openDatabase>, key: string) =>
    db
      .prepare('UPDATE users SET api_key_hash = ? WHERE id = ?')
      .run(hashApiKey(key), DEMO_ACCOUNTS.outsider.userId);

  it('requests that arrive together share one check', async () => {
    const db = openDatabase(server.dbPath);
    const authenticate = createAuthenticator(db);
    const header = `Bearer ${DEMO_ACCOUNTS.outsider.apiKey}`;
    try {
      const first = authenticate(header);
      // Rotated before the first check has answered: a second, separate check would now fail.
      rotate(db, 'rotated');
      const second = authenticate(header);
      expect(await Promise.all([first, second])).toEqual([
        DEMO_ACCOUNTS.outsider.userId,
        DEMO_ACCOUNTS.outsider.userId,
      ]);
    } finally {
      rotate(db, DEMO_ACCOUNTS.outsider.apiKey);
      db.close();
    }
  });

  it('checks an active session again before its minute is up, without making it wait', async () => {
    const db = openDatabase(server.dbPath);
    let now = Date.now();
    const authenticate = createAuthenticator(db, () => now);
    const header = `Bearer ${DEMO_ACCOUNTS.outsider.apiKey}`;
    try {
      expect(await authenticate(header)).toBe(DEMO_ACCOUNTS.outsider.userId);
      rotate(db, 'rotated');
      now += 55_000;
      // Still inside the minute: answered from memory while the re-check runs.
      expect(await authenticate(header)).toBe(DEMO_ACCOUNTS.outsider.userId);
      await new Promise((r) => setTimeout(r, 10));
      now += 1_000;
      // The re-check found the key revoked, so this one is refused before the minute is out.
      await expect(authenticate(header)).rejects.toBeInstanceOf(ApiError);

      rotate(db, DEMO_ACCOUNTS.outsider.apiKey);
      expect(await authenticate(header)).toBe(DEMO_ACCOUNTS.outsider.userId);
      now += 55_000;
      expect(await authenticate(header)).toBe(DEMO_ACCOUNTS.outsider.userId);
      await new Promise((r) => setTimeout(r, 10));
      // A successful re-check starts a new minute: past the first one, the answer still comes from memory.
      rotate(db, 'rotated again');
      now += 50_000;
      expect(await authenticate(header)).toBe(DEMO_ACCOUNTS.outsider.userId);
    } finally {
      rotate(db, DEMO_ACCOUNTS.outsider.apiKey);
      db.close();
    }
  });
});
