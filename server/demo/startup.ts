import { openDatabase } from '../db/connection.ts';
import { DEMO_ACCOUNTS, DEMO_ORGANIZATION_ID, DEMO_WORKSPACE_ID } from './accounts.ts';
import { hasData, seedDemo } from './seed.ts';

/** Seeds the demo data into an empty database; returns whether it did. */
export async function ensureDemoData(dbPath: string): Promise<boolean> {
  const db = openDatabase(dbPath);
  try {
    if (hasData(db)) return false;
    await seedDemo(db);
    return true;
  } finally {
    db.close();
  }
}

/** What `npm start` prints: where to go and how to sign in. */
export function describeDemo(url: string): string {
  return [
    `Focus dashboard: ${url}`,
    `Sign in with organization ${DEMO_ORGANIZATION_ID}, workspace ${DEMO_WORKSPACE_ID}:`,
    ...Object.entries(DEMO_ACCOUNTS).map(
      ([name, a]) => `  ${name.padEnd(8)} ${a.email} / ${a.password}   API key ${a.apiKey}`,
    ),
  ].join('\n');
}
