import { DEMO_ACCOUNTS, DEMO_ORGANIZATION_ID, DEMO_WORKSPACE_ID, SIDE_WORKSPACE_ID } from './accounts.ts';

export interface DemoPerson {
  id: number;
  name: string;
  email: string;
  /** In the organization; everyone else is a member. */
  role?: 'owner' | 'admin';
}

/** Everyone of the demo organization; the first three are the accounts one can sign in with. */
export const PEOPLE: readonly DemoPerson[] = [
  ...Object.values(DEMO_ACCOUNTS).map((a) => ({ id: a.userId, name: a.name, email: a.email })),
  { id: 4, name: "Aiden O'Connor", email: 'aiden.oconnor@example.com' },
  { id: 5, name: 'Sofia García', email: 'sofia.garcia@example.com' },
  { id: 6, name: 'Kenji Watanabe', email: 'kenji.watanabe@example.com' },
  { id: 7, name: 'Amara Okafor', email: 'amara.okafor@example.com' },
  { id: 8, name: 'Lukáš Novák', email: 'lukas.novak@example.com' },
  { id: 9, name: 'Elena Petrova', email: 'elena.petrova@example.com', role: 'owner' },
  { id: 10, name: 'Tom Fischer', email: 'tom.fischer@example.com' },
  { id: 11, name: 'Chloé Martin', email: 'chloe.martin@example.com' },
];

export const ORGANIZATION = { id: DEMO_ORGANIZATION_ID, name: 'Acme Group' };

type StatusType = 'todo' | 'in_progress' | 'done' | 'blocked';
type Priority = 'none' | 'low' | 'medium' | 'high';

export interface WorkspaceCatalog {
  id: number;
  name: string;
  /** [user id, manage_time_entries] */
  members: readonly (readonly [number, boolean])[];
  clients: readonly string[];
  projects: readonly {
    name: string;
    color: string;
    client?: string;
    currency?: string;
    hourlyRate?: number;
  }[];
  statuses: readonly { key: string; name: string; emoji: string; type: StatusType }[];
  tags: readonly { name: string; color: string }[];
  tasks: readonly {
    name: string;
    project?: string;
    status: string;
    priority: Priority;
    tags: readonly string[];
  }[];
}

// The organization's owner manages time entries in the main workspace as well as the lead does.
const others = PEOPLE.slice(3).map((p) => [p.id, p.role === 'owner'] as const);

/** One task: name, project (null for none), status key, priority and space-separated tag names. */
const task = (name: string, project: string | null, status: string, priority: Priority, tags = '') => ({
  name,
  ...(project ? { project } : {}),
  status,
  priority,
  tags: tags ? tags.split(' ') : [],
});

export const WORKSPACES: readonly WorkspaceCatalog[] = [
  {
    id: DEMO_WORKSPACE_ID,
    name: 'Acme Studio',
    members: [[DEMO_ACCOUNTS.lead.userId, true], [DEMO_ACCOUNTS.member.userId, false], ...others],
    clients: ['Northwind Traders', 'Globex Corporation', 'Initech', 'Umbrella Health'],
    projects: [
      {
        name: 'Website Redesign',
        color: '#0b83d9',
        client: 'Northwind Traders',
        currency: 'EUR',
        hourlyRate: 95,
      },
      {
        name: 'Mobile App',
        color: '#9e5bd9',
        client: 'Globex Corporation',
        currency: 'EUR',
        hourlyRate: 110,
      },
      { name: 'Data Platform', color: '#d94182', client: 'Initech', currency: 'USD', hourlyRate: 120 },
      {
        name: 'Patient Portal',
        color: '#2da608',
        client: 'Umbrella Health',
        currency: 'EUR',
        hourlyRate: 100,
      },
      { name: 'Internal Operations', color: '#525266' },
    ],
    statuses: [
      { key: 'todo', name: 'To do', emoji: '📋', type: 'todo' },
      { key: 'doing', name: 'In progress', emoji: '🚧', type: 'in_progress' },
      { key: 'review', name: 'In review', emoji: '👀', type: 'in_progress' },
      { key: 'blocked', name: 'Blocked', emoji: '⛔', type: 'blocked' },
      { key: 'done', name: 'Done', emoji: '✅', type: 'done' },
    ],
    tags: [
      { name: 'design', color: '#e36a00' },
      { name: 'frontend', color: '#06a893' },
      { name: 'backend', color: '#4dc3ff' },
      { name: 'meeting', color: '#c9806b' },
      { name: 'research', color: '#bc64f2' },
      { name: 'urgent', color: '#e0222a' },
      { name: 'client-call', color: '#2da608' },
    ],
    tasks: [
      task('Homepage hero redesign', 'Website Redesign', 'doing', 'high', 'design frontend'),
      task('Navigation & site map', 'Website Redesign', 'review', 'medium', 'design research'),
      task('Accessibility audit fixes', 'Website Redesign', 'todo', 'high', 'frontend urgent'),
      task('CMS migration', 'Website Redesign', 'blocked', 'medium', 'backend'),
      task('Launch checklist', 'Website Redesign', 'todo', 'low'),
      task('Onboarding flow', 'Mobile App', 'doing', 'high', 'design frontend'),
      task('Push notification service', 'Mobile App', 'doing', 'medium', 'backend'),
      task('Offline sync', 'Mobile App', 'blocked', 'high', 'backend research'),
      task('App Store release 2.4', 'Mobile App', 'todo', 'medium'),
      task('Crash report triage', 'Mobile App', 'done', 'low', 'urgent'),
      task('Event pipeline', 'Data Platform', 'doing', 'high', 'backend'),
      task('Reporting dashboards', 'Data Platform', 'review', 'medium', 'frontend'),
      task('Data retention policy', 'Data Platform', 'done', 'low', 'research'),
      task('Warehouse cost review', 'Data Platform', 'todo', 'none', 'research'),
      task('Appointment booking', 'Patient Portal', 'doing', 'high', 'frontend backend'),
      task('Security review fixes', 'Patient Portal', 'todo', 'high', 'urgent backend'),
      task('Weekly client sync', 'Patient Portal', 'doing', 'none', 'meeting client-call'),
      task('WCAG 2.2 pass', 'Patient Portal', 'todo', 'medium', 'frontend'),
      task('Sprint planning', 'Internal Operations', 'doing', 'none', 'meeting'),
      task('Hiring interviews', 'Internal Operations', 'doing', 'low', 'meeting'),
      task('Code review', 'Internal Operations', 'doing', 'medium'),
      task('Design system upkeep', 'Internal Operations', 'review', 'low', 'design'),
      task('CI & tooling maintenance', 'Internal Operations', 'todo', 'low', 'backend'),
      task('Inbox & admin', null, 'doing', 'none'),
      task('Reading: "Designing Data-Intensive Applications"', null, 'todo', 'none', 'research'),
    ],
  },
  {
    id: SIDE_WORKSPACE_ID,
    name: 'Side Projects',
    members: [
      [DEMO_ACCOUNTS.lead.userId, false],
      [DEMO_ACCOUNTS.outsider.userId, false],
    ],
    clients: [],
    projects: [
      { name: 'Open Source', color: '#f59e0b' },
      { name: 'Blog', color: '#14b8a6' },
    ],
    statuses: [
      { key: 'idea', name: 'Idea', emoji: '💡', type: 'todo' },
      { key: 'doing', name: 'Doing', emoji: '🔨', type: 'in_progress' },
      { key: 'shipped', name: 'Shipped', emoji: '🚀', type: 'done' },
    ],
    tags: [
      { name: 'oss', color: '#6366f1' },
      { name: 'writing', color: '#ec4899' },
    ],
    tasks: [
      task('Release v1.0 of date-utils', 'Open Source', 'doing', 'medium', 'oss'),
      task('Fix issue #42: time zone bug', 'Open Source', 'idea', 'high', 'oss'),
      task('Post: SQLite in production', 'Blog', 'doing', 'low', 'writing'),
      task('Newsletter', 'Blog', 'shipped', 'none', 'writing'),
    ],
  },
];
