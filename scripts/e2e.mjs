// `npm run test:e2e`: builds the dashboard, finds a browser, then runs the Playwright suite.
import { spawnSync } from 'node:child_process';
import { HOW_TO_GET_ONE, findBrowser, tryInstallChromium } from './find-browser.mjs';

let browser = findBrowser();
if (!browser && tryInstallChromium()) browser = findBrowser();
if (!browser) {
  console.error(HOW_TO_GET_ONE);
  process.exit(1);
}
console.log(`Browser tests use ${browser.source}.`);

const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run('npx', ['vite', 'build', '--logLevel', 'warn']);
const extra = process.argv.slice(2);
run(
  'npx',
  ['playwright', 'test', ...extra],
  browser.executablePath ? { CHROMIUM_PATH: browser.executablePath } : {},
);
