/**
 * npm run bench:web — what a person downloads and waits for, before (the baseline commit) and after
 * (this checkout), side by side in one run: bytes on the wire for the first load of `/`, JavaScript per
 * route (gzip -9 of each file the route loads), console errors, and Lighthouse 12 mobile and desktop
 * for `/`. Loopback only, so bytes and scores say more than milliseconds do.
 *
 * Usage: npm run bench:web [-- --lighthouse-runs 3] [--no-lighthouse] [--no-build]
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  baselineTree,
  build,
  CHROMIUM,
  CHROMIUM_ARGS,
  currentTree,
  printTable,
  serve,
  type Tree,
} from './bench-trees.ts';
import { runLighthouse, type LighthouseFigures } from './bench-lighthouse.ts';
import { DEMO_ACCOUNTS } from '../server/demo/accounts.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const LIGHTHOUSE_RUNS = process.argv.includes('--no-lighthouse') ? 0 : arg('lighthouse-runs', 3);
const PORTS = {
  before: Number(process.env.BENCH_WEB_PORT ?? 4460),
  after: Number(process.env.BENCH_WEB_PORT ?? 4460) + 1,
};

const ROUTES = [
  { path: '/', name: 'Entries', ready: '[role=grid] tr[data-entry-id]' },
  { path: '/archived', name: 'Archived', ready: 'h1, h2' },
  { path: '/deleted', name: 'Recently deleted', ready: 'h1, h2' },
  { path: '/time-blocks', name: 'Time blocks', ready: 'h1, h2' },
  { path: '/history', name: 'History', ready: 'h1, h2' },
] as const;

interface Visit {
  /** Response bytes as they came over the wire (compressed bodies plus headers). */
  wireBytes: number;
  requests: number;
  /** Script files the visit loaded, by path. */
  scripts: Set<string>;
  consoleErrors: string[];
}

/** Records what a page downloads and logs from now on. */
function watch(page: Page): Visit {
  const visit: Visit = { wireBytes: 0, requests: 0, scripts: new Set(), consoleErrors: [] };
  page.on('requestfinished', (request) => {
    visit.requests++;
    const url = new URL(request.url());
    if (url.pathname.endsWith('.js')) visit.scripts.add(url.pathname);
    void request
      .sizes()
      .then((s) => (visit.wireBytes += s.responseBodySize + s.responseHeadersSize))
      .catch(() => undefined);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') visit.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => visit.consoleErrors.push(e.message));
  return visit;
}

async function signIn(page: Page) {
  await page.getByLabel('Email').fill(DEMO_ACCOUNTS.lead.email);
  await page.getByLabel('Password').fill(DEMO_ACCOUNTS.lead.password);
  await page.getByLabel('Organization ID').fill('1');
  await page.getByLabel('Workspace ID').fill('1');
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const gzipCache = new Map<string, number>();
/** gzip -9 size of a built file (the measure the baseline uses). */
function gzipSize(tree: Tree, path: string): number {
  const key = `${tree.dir}${path}`;
  let size = gzipCache.get(key);
  if (size === undefined) {
    size = gzipSync(readFileSync(join(tree.dir, 'dist', path)), { level: 9 }).length;
    gzipCache.set(key, size);
  }
  return size;
}
const jsGzip = (tree: Tree, scripts: Iterable<string>) =>
  [...scripts].reduce((sum, p) => sum + gzipSize(tree, p), 0);

interface WebFigures {
  firstLoad: { wireBytes: number; requests: number; jsBeforePaintGzip: number; fcpMs: number };
  routes: Record<string, { jsGzip: number; wireBytes: number; consoleErrors: string[] }>;
  signInConsoleErrors: string[];
  lighthouse: { mobile: LighthouseFigures | null; desktop: LighthouseFigures | null };
}

async function measureTree(tree: Tree, browser: Browser): Promise<WebFigures> {
  const server = await serve(tree, PORTS[tree.name]);
  try {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const visit = watch(page);
    await page.goto('/', { waitUntil: 'networkidle' });
    await page.getByLabel('Email').waitFor();
    const paint = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
      const early = performance
        .getEntriesByType('resource')
        .filter((r) => r.name.endsWith('.js') && r.startTime < fcp)
        .map((r) => new URL(r.name).pathname);
      return { fcp, early };
    });
    const firstLoad = {
      wireBytes: visit.wireBytes,
      requests: visit.requests,
      jsBeforePaintGzip: jsGzip(tree, new Set([...visit.scripts].filter((s) => paint.early.includes(s)))),
      fcpMs: Math.round(paint.fcp),
    };
    const signInScripts = new Set(visit.scripts);
    const signInConsoleErrors = [...visit.consoleErrors];
    await context.close();

    const routes: WebFigures['routes'] = {
      'Sign-in': {
        jsGzip: jsGzip(tree, signInScripts),
        wireBytes: firstLoad.wireBytes,
        consoleErrors: signInConsoleErrors,
      },
    };
    for (const route of ROUTES) {
      const ctx = await browser.newContext({
        baseURL: server.url,
        viewport: { width: 1440, height: 900 },
        timezoneId: 'Europe/Berlin',
        locale: 'en-GB',
      });
      const p = await ctx.newPage();
      const v = watch(p);
      await p.goto(route.path);
      await signIn(p);
      await p.locator(route.ready).first().waitFor({ timeout: 60_000 });
      await p.waitForLoadState('networkidle');
      routes[route.name] = {
        jsGzip: jsGzip(tree, v.scripts),
        wireBytes: v.wireBytes,
        consoleErrors: v.consoleErrors,
      };
      await ctx.close();
    }

    const lighthouse = {
      mobile: await runLighthouse(`${server.url}/`, 'mobile', LIGHTHOUSE_RUNS),
      desktop: await runLighthouse(`${server.url}/`, 'desktop', LIGHTHOUSE_RUNS),
    };
    return { firstLoad, routes, signInConsoleErrors, lighthouse };
  } finally {
    await server.stop();
  }
}

const kB = (bytes: number) => +(bytes / 1000).toFixed(1);

async function main() {
  const trees = [baselineTree(), currentTree()];
  if (!process.argv.includes('--no-build')) for (const tree of trees) build(tree, tree.name === 'after');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const figures: Partial<Record<Tree['name'], WebFigures>> = {};
  try {
    for (const tree of trees) {
      console.log(`Measuring ${tree.name}…`);
      figures[tree.name] = await measureTree(tree, browser);
    }
  } finally {
    await browser.close();
  }
  const b = figures.before as WebFigures;
  const a = figures.after as WebFigures;
  console.log(
    `\nbench:web — before = ${trees[0]?.dir} (14922ce), after = this checkout; load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  printTable('First load of / (cold cache, loopback)', [
    ['bytes on the wire (kB)', kB(b.firstLoad.wireBytes), kB(a.firstLoad.wireBytes)],
    ['requests', b.firstLoad.requests, a.firstLoad.requests],
    ['JS before first paint (kB gzip)', kB(b.firstLoad.jsBeforePaintGzip), kB(a.firstLoad.jsBeforePaintGzip)],
    ['first contentful paint (ms)', b.firstLoad.fcpMs, a.firstLoad.fcpMs],
  ]);
  printTable(
    'JS loaded per route, cold, through sign-in (kB, gzip -9 of each file)',
    Object.keys(a.routes).map((name) => [
      name,
      kB(b.routes[name]?.jsGzip ?? 0),
      kB(a.routes[name]?.jsGzip ?? 0),
    ]),
  );
  printTable(
    'Bytes on the wire per route, cold, through sign-in and its data (kB)',
    Object.keys(a.routes).map((name) => [
      name,
      kB(b.routes[name]?.wireBytes ?? 0),
      kB(a.routes[name]?.wireBytes ?? 0),
    ]),
  );
  printTable(
    'Console errors per route',
    Object.keys(a.routes).map((name) => [
      name,
      b.routes[name]?.consoleErrors.length ?? 0,
      a.routes[name]?.consoleErrors.length ?? 0,
      '',
    ]),
  );
  const errors = new Set(Object.values(a.routes).flatMap((r) => r.consoleErrors));
  for (const e of errors) console.log(`  after: ${e.slice(0, 200)}`);
  for (const preset of ['mobile', 'desktop'] as const) {
    const lb = b.lighthouse[preset];
    const la = a.lighthouse[preset];
    if (!lb || !la) continue;
    printTable(`Lighthouse 12.2.3 ${preset}, / (median of ${LIGHTHOUSE_RUNS} runs)`, [
      ['performance score', lb.score, la.score],
      ['first contentful paint (ms)', lb.fcpMs, la.fcpMs],
      ['largest contentful paint (ms)', lb.lcpMs, la.lcpMs],
      ['total blocking time (ms)', lb.tbtMs, la.tbtMs],
      ['console errors', lb.consoleErrors, la.consoleErrors, ''],
      ['unused JavaScript (KiB)', lb.unusedJsKiB, la.unusedJsKiB],
      ['text compression savings (KiB)', lb.compressionKiB, la.compressionKiB],
    ]);
  }
  const entriesJs = a.routes.Entries?.jsGzip ?? 0;
  const errorCount = Object.values(a.routes).reduce((n, r) => n + r.consoleErrors.length, 0);
  const targets: [string, boolean | null, string][] = [
    [
      'Lighthouse mobile ≥ 95 on /',
      a.lighthouse.mobile ? a.lighthouse.mobile.score >= 95 : null,
      String(a.lighthouse.mobile?.score ?? '–'),
    ],
    [
      '0 console errors on any page',
      errorCount === 0 && (a.lighthouse.mobile?.consoleErrors ?? 0) === 0,
      String(errorCount),
    ],
    [
      'first-load bytes on the wire ≤ 200 kB',
      a.firstLoad.wireBytes <= 200_000,
      `${kB(a.firstLoad.wireBytes)} kB`,
    ],
    [
      'sign-in JS before first paint ≤ 60 kB gzip',
      a.firstLoad.jsBeforePaintGzip <= 60_000,
      `${kB(a.firstLoad.jsBeforePaintGzip)} kB`,
    ],
    ['Entries initial JS ≤ 160 kB gzip', entriesJs <= 160_000, `${kB(entriesJs)} kB`],
  ];
  console.log('\nTargets (after)');
  for (const [what, met, value] of targets)
    console.log(`  ${met === null ? 'not measured' : met ? 'met    ' : 'NOT met'}  ${what}: ${value}`);
}

await main();
