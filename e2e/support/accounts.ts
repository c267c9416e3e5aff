/** The demo accounts the local server seeds (see README). */
export const ACCOUNTS = {
  lead: { email: 'lead@example.com', password: 'focus-lead-demo' },
  member: { email: 'member@example.com', password: 'focus-member-demo' },
  outsider: { email: 'outsider@example.com', password: 'focus-outsider-demo' },
} as const;
export type AccountName = keyof typeof ACCOUNTS;

export const ORG = 1;
export const WORKSPACE = 1;
export const WS_PATH = `/api/organizations/${ORG}/workspaces/${WORKSPACE}`;

export function basicAuth(account: AccountName): string {
  const { email, password } = ACCOUNTS[account];
  return `Basic ${Buffer.from(`${email}:${password}`).toString('base64')}`;
}
