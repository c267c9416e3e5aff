import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const TOASTER = '[data-sonner-toaster]';

/** The rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA; every impact counts. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Scans what the page shows now and keeps every violation, named by where it was found, so one run
 * lists them all. The page's CSP blocks injected scripts: the spec that uses this bypasses CSP for its
 * own browser context only.
 */
export function axeScanner(page: Page) {
  const found: string[] = [];
  const scanned: string[] = [];
  return {
    found,
    scanned,
    /** Scans the page, or with `include` only that part (a dialog or popup: the page behind was scanned). */
    async scan(where: string, include?: string) {
      // Let transitions (a toast coming or going, a dialog opening) finish, so colours are measured as a
      // person sees them once things stand still; endless ones (a running clock's pulse) are left alone.
      await page.waitForTimeout(350);
      await page
        .waitForFunction(
          () =>
            document
              .getAnimations()
              .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
          undefined,
          { timeout: 3000 },
        )
        .catch(() => undefined);
      const t0 = Date.now();
      const builder = new AxeBuilder({ page }).withTags(WCAG_22_AA);
      if (include) builder.include(include);
      // A toast may start to fade (its 8 s are up) while a whole screen is scanned: toasts get scans of
      // their own, standing still.
      else builder.exclude(TOASTER);
      const result = await builder.analyze();
      scanned.push(`${where} (${Date.now() - t0} ms)`);
      if (process.env.AXE_LOG) console.log(`${scanned.at(-1)}: ${result.violations.length} rules violated`);
      for (const v of result.violations) {
        const nodes = v.nodes.map(
          (n) =>
            `${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.split('\n').slice(1).join(' ').trim().slice(0, 160)})` : ''}`,
        );
        found.push(`${where}: ${v.id} [${v.impact}] ×${v.nodes.length}: ${nodes.slice(0, 4).join(' | ')}`);
      }
    },
  };
}
