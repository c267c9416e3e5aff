import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppServer } from './app.ts';
import { summarize, type Violation } from '../contract/openapi/document-validator.ts';
import { openDatabase } from './db/connection.ts';
import { seedDemo } from './demo/seed.ts';
import { watchAnswers } from './document-check.ts';
import type { StreamLimits } from './http/stream-gate.ts';

export interface TestServerOptions {
  /** Demo data (default true). */
  seed?: boolean;
  quotaPerHour?: number;
  /** Compress responses when the client accepts it (default true, as `npm start` does). */
  compress?: boolean;
  upstreamUrl?: string;
  /** Clock the demo data is dated against. */
  now?: number;
  proxyDeadlineMs?: number;
  proxyIdleMs?: number;
  streamLimits?: StreamLimits;
  allowedHosts?: string[];
  /** Demo entries to seed instead of the usual few thousand. */
  entries?: number;
}

export interface TestServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** `url` + `/api` */
  apiUrl: string;
  dbPath: string;
  /**
   * Every local-API answer so far that left the public Focus OpenAPI document's shapes (none when
   * forwarding: those answers are the upstream's). `close()` fails when there are any.
   */
  documentViolations: Violation[];
  close(): Promise<void>;
}

/**
 * A real server on a free port over a throwaway SQLite file, logs off; for tests. Its answers are held to
 * the public Focus OpenAPI document as they go out.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'focus-test-'));
  const dbPath = join(dir, 'focus.db');
  if (options.seed !== false && !options.upstreamUrl) {
    const db = openDatabase(dbPath);
    try {
      await seedDemo(db, {
        ...(options.now === undefined ? {} : { now: options.now }),
        ...(options.entries === undefined ? {} : { entries: options.entries }),
      });
    } finally {
      db.close();
    }
  }
  const app = createAppServer({
    dbPath,
    upstreamUrl: options.upstreamUrl,
    quotaPerHour: options.quotaPerHour,
    compress: options.compress,
    log: false,
    proxyDeadlineMs: options.proxyDeadlineMs,
    proxyIdleMs: options.proxyIdleMs,
    streamLimits: options.streamLimits,
    allowedHosts: options.allowedHosts,
  });
  const documentViolations = options.upstreamUrl ? [] : watchAnswers(app.server);
  await new Promise<void>((resolve, reject) => {
    app.server.once('error', reject);
    app.server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    apiUrl: `${url}/api`,
    dbPath,
    documentViolations,
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
      // Every test that talks to the local API also holds its answers to the public document.
      if (documentViolations.length > 0) {
        throw new Error(
          `The local API answered outside the Focus OpenAPI document (${documentViolations.length} violations):\n${summarize(documentViolations)}`,
        );
      }
    },
  };
}
