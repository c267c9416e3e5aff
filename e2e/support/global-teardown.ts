import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarize, type Violation } from '../../contract/openapi/document-validator.ts';

/**
 * Fails the run when the dashboard sent a request outside the public Focus OpenAPI document: the browser
 * tests' server (scripts/e2e-server.ts) checks each one and keeps what it found in this file.
 */
export default function checkDashboardRequests(): void {
  const file = join(process.env.E2E_DB_DIR ?? '.', 'request-violations.json');
  if (!existsSync(file))
    throw new Error(`${file} is missing: did the browser tests run on scripts/e2e-server.ts?`);
  const found = JSON.parse(readFileSync(file, 'utf8')) as (Violation & { page: string })[];
  if (found.length === 0) return;
  const pages = [...new Set(found.map((v) => v.page))].join(', ');
  throw new Error(
    `The dashboard sent requests outside the Focus OpenAPI document (${found.length} violations, from ${pages}):\n${summarize(found)}`,
  );
}
