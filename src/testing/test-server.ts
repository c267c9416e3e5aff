// Tests of the API layer run against the real local server (never a mocked fetch): test support reaches
// into server/, and lint lets only test files and src/testing do so.
import { DEMO_ACCOUNTS } from '../../server/demo/accounts.ts';
export { startTestServer, type TestServer } from '../../server/testing.ts';
import type { Credentials } from '../api/credentials.ts';

export { DEMO_ACCOUNTS };
export type DemoAccount = keyof typeof DEMO_ACCOUNTS;

/** Email-and-password credentials of a demo account. */
export const basicOf = (who: DemoAccount): Credentials => ({
  kind: 'basic',
  email: DEMO_ACCOUNTS[who].email,
  password: DEMO_ACCOUNTS[who].password,
});
