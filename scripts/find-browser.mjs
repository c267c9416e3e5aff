// Finds a Chromium for Playwright: Playwright's own when installed, else CHROMIUM_PATH or a system Chromium.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** @returns {{ executablePath?: string, source: string } | null} */
export function findBrowser() {
  if (process.env.CHROMIUM_PATH) {
    return existsSync(process.env.CHROMIUM_PATH)
      ? { executablePath: process.env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' }
      : null;
  }
  try {
    if (existsSync(chromium.executablePath())) return { source: "Playwright's own Chromium" };
  } catch {
    // Playwright throws when its browser was never downloaded; fall through to the system one.
  }
  const system = SYSTEM_CANDIDATES.find((p) => existsSync(p));
  return system ? { executablePath: system, source: system } : null;
}

/** On Debian as root, installs the chromium package; elsewhere returns false. */
export function tryInstallChromium() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log("No Chromium found: installing Debian's chromium package (apt-get install -y chromium)…");
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return true;
  } catch {
    return false;
  }
}

export const HOW_TO_GET_ONE =
  'No Chromium for the browser tests: run `npx playwright install chromium`, or `sudo apt-get install chromium` on Debian, or set CHROMIUM_PATH to a Chromium binary.';
