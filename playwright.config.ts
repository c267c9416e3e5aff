import { defineConfig, devices } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QUIET_CHROMIUM_ARGS } from './scripts/browser-flags.ts';

const PORT = Number(process.env.E2E_PORT ?? 4317);
const executablePath = process.env.CHROMIUM_PATH;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
// A throwaway database per run: the journeys change data and must not touch data/.
const dbDir = process.env.E2E_DB_DIR ?? mkdtempSync(join(tmpdir(), 'focus-e2e-'));
process.env.E2E_DB_DIR = dbDir;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  // The run fails when the dashboard sent a request outside the public Focus OpenAPI document.
  globalTeardown: './e2e/support/global-teardown.ts',
  // One folder per port, so engineers running suites side by side do not clobber each other's traces.
  outputDir: `test-results/port-${PORT}`,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    timezoneId: 'Europe/Berlin',
    locale: 'en-GB',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: [...(isRoot ? ['--no-sandbox'] : []), ...QUIET_CHROMIUM_ARGS, '--disable-gpu'],
        },
      },
    },
  ],
  webServer: {
    // The real server behind a proxy that checks the dashboard's requests against the document.
    command: 'npx tsx scripts/e2e-server.ts',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { PORT: String(PORT), HOST: '127.0.0.1', FOCUS_DB: join(dbDir, 'focus.db'), FOCUS_LOG: '0' },
  },
});
