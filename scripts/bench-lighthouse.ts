// Lighthouse 12 (the devDependency, pinned) against a running dashboard, through its own command line
// with the system Chromium (CHROME_PATH), one fresh browser per run.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM } from './bench-trees.ts';
import { QUIET_CHROMIUM_ARGS } from './browser-flags.ts';

const exec = promisify(execFile);

export interface LighthouseFigures {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  consoleErrors: number;
  unusedJsKiB: number;
  compressionKiB: number;
}

const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', ...QUIET_CHROMIUM_ARGS];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? 0;
};

interface Report {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number; details?: unknown } | undefined>;
}

async function once(url: string, preset: 'mobile' | 'desktop'): Promise<LighthouseFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'focus-lighthouse-'));
  const out = join(dir, 'report.json');
  try {
    await exec(
      process.execPath,
      [
        resolve('node_modules/lighthouse/cli/index.js'),
        url,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        '--only-categories=performance,best-practices',
        `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
        ...(preset === 'desktop' ? ['--preset=desktop'] : []),
      ],
      { env: { ...process.env, ...(CHROMIUM ? { CHROME_PATH: CHROMIUM } : {}) }, maxBuffer: 64 << 20 },
    );
    const { audits, categories } = JSON.parse(readFileSync(out, 'utf8')) as Report;
    const value = (id: string) => Math.round(audits[id]?.numericValue ?? 0);
    const savingsKiB = (id: string) => {
      const details = audits[id]?.details as { overallSavingsBytes?: number } | undefined;
      return Math.round((details?.overallSavingsBytes ?? 0) / 1024);
    };
    const consoleItems = (audits['errors-in-console']?.details as { items?: unknown[] } | undefined)?.items;
    return {
      score: Math.round((categories.performance?.score ?? 0) * 100),
      fcpMs: value('first-contentful-paint'),
      lcpMs: value('largest-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      consoleErrors: consoleItems?.length ?? 0,
      unusedJsKiB: savingsKiB('unused-javascript'),
      compressionKiB: savingsKiB('uses-text-compression'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The median of `runs` Lighthouse runs (each figure on its own), or null for none. */
export async function runLighthouse(
  url: string,
  preset: 'mobile' | 'desktop',
  runs: number,
): Promise<LighthouseFigures | null> {
  if (runs <= 0) return null;
  const all: LighthouseFigures[] = [];
  for (let i = 0; i < runs; i++) all.push(await once(url, preset));
  const pick = (key: keyof LighthouseFigures) => median(all.map((r) => r[key]));
  return {
    score: pick('score'),
    fcpMs: pick('fcpMs'),
    lcpMs: pick('lcpMs'),
    tbtMs: pick('tbtMs'),
    consoleErrors: Math.max(...all.map((r) => r.consoleErrors)),
    unusedJsKiB: pick('unusedJsKiB'),
    compressionKiB: pick('compressionKiB'),
  };
}
