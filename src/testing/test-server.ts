// Tests of the API layer run against the real local server (never a mocked fetch): test support reaches
// into server/, and lint lets only test files and src/testing do so.
import { DEMO_ACCOUNTS } from '../../server/demo/accounts.ts';
import { startTestServer as start, type TestServer, type TestServerOptions } from '../../server/testing.ts';
import type { Credentials } from '../api/credentials.ts';

export { DEMO_ACCOUNTS, type TestServer };

/**
 * The local server for hook tests. Compression is off by default: happy-dom's fetch, which those tests
 * run on, leaves some compressed answers unread, so refetches hang. The server tests (Node's fetch) and
 * the browser tests (Chromium) cover compressed answers.
 */
export const startTestServer = (options: TestServerOptions = {}) => start({ compress: false, ...options });
export type DemoAccount = keyof typeof DEMO_ACCOUNTS;

/** Email-and-password credentials of a demo account. */
export const basicOf = (who: DemoAccount): Credentials => ({
  kind: 'basic',
  email: DEMO_ACCOUNTS[who].email,
  password: DEMO_ACCOUNTS[who].password,
});
