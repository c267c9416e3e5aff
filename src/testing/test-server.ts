/* eslint-disable no-restricted-imports -- Tests of the API layer run against the real local server
   (never a mocked fetch); this is the one place in src that reaches into server/, for test files only. */
import { DEMO_ACCOUNTS } from '../../server/demo/accounts.ts';
export { startTestServer, type TestServer } from '../../server/testing.ts';
/* eslint-enable no-restricted-imports */
import type { Credentials } from '../api/credentials.ts';

export { DEMO_ACCOUNTS };
export type DemoAccount = keyof typeof DEMO_ACCOUNTS;

/** Email-and-password credentials of a demo account. */
export const basicOf = (who: DemoAccount): Credentials => ({
  kind: 'basic',
  email: DEMO_ACCOUNTS[who].email,
  password: DEMO_ACCOUNTS[who].password,
});
