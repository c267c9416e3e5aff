export const DEMO_ORGANIZATION_ID = 1;
/** "Acme Studio": the workspace the demo data lives in. */
export const DEMO_WORKSPACE_ID = 1;
/** "Side Projects": a second workspace of the same organization. */
export const SIDE_WORKSPACE_ID = 2;

export interface DemoAccount {
  /** user_account_id: the `toggl_user_id` on this person's entries. */
  userId: number;
  name: string;
  email: string;
  password: string;
  /** Send as `Authorization: Bearer <apiKey>`. */
  apiKey: string;
  role: string;
  /** Workspaces this account belongs to, with the manage_time_entries permission or not. */
  workspaces: readonly { id: number; manageTimeEntries: boolean }[];
}

/** The three accounts one can sign in with; the other demo people have no credentials. */
export const DEMO_ACCOUNTS = {
  lead: {
    userId: 1,
    name: 'Maria Tamm',
    email: 'lead@example.com',
    password: 'focus-lead-demo',
    apiKey: 'toggl_sk_deb5db6b3094ad0538ebf865c7a7a61e',
    role: 'Team lead: member of Acme Studio (with manage_time_entries) and Side Projects (without)',
    workspaces: [
      { id: DEMO_WORKSPACE_ID, manageTimeEntries: true },
      { id: SIDE_WORKSPACE_ID, manageTimeEntries: false },
    ],
  },
  member: {
    userId: 2,
    name: 'Jonas Berg',
    email: 'member@example.com',
    password: 'focus-member-demo',
    apiKey: 'toggl_sk_88029f9c47077042b4293dc167300605',
    role: 'Member of Acme Studio without manage_time_entries: sees and changes only their own entries',
    workspaces: [{ id: DEMO_WORKSPACE_ID, manageTimeEntries: false }],
  },
  outsider: {
    userId: 3,
    name: 'Priya Natarajan',
    email: 'outsider@example.com',
    password: 'focus-outsider-demo',
    apiKey: 'toggl_sk_6a0330f726b4199b16f01c5fbbf8fe8a',
    role: 'Member of Side Projects only: Acme Studio answers 403',
    workspaces: [{ id: SIDE_WORKSPACE_ID, manageTimeEntries: false }],
  },
} as const satisfies Record<string, DemoAccount>;

export type DemoAccountName = keyof typeof DEMO_ACCOUNTS;

/** An `Authorization` header value for email and password (HTTP Basic, UTF-8). */
export const basicAuthorization = (email: string, password: string): string =>
  `Basic ${Buffer.from(`${email}:${password}`).toString('base64')}`;

/**
 * How a demo account signs in to the API, by email and password: the one place tests, browser tests and
 * scripts take demo credentials from.
 */
export const demoAuthorization = (name: DemoAccountName): string =>
  basicAuthorization(DEMO_ACCOUNTS[name].email, DEMO_ACCOUNTS[name].password);
