import { defineConfig } from 'vitest/config';

// Dates and numbers follow the person's locale (Intl's default); the test processes, started from this
// one, read them in British English as the browser tests do. Node takes the locale from the environment.
process.env.LC_ALL = 'en_GB.UTF-8';

export default defineConfig({
  test: {
    include: [
      'contract/**/*.test.ts',
      'server/**/*.test.ts',
      'src/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Dates in unit tests are read in a zone with DST, so time-zone bugs show up here rather than for users.
    env: { TZ: 'Europe/Berlin' },
  },
});
