import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Counts every key a keyboard-only person presses (typing a value into a field counts as one), and
 * watches the page for focus resting on the body: any time focus sits there for more than half a
 * second after the first focus, it is recorded.
 */
export async function keyCounter(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { bodyFocus: string[] };
    w.bodyFocus = [];
    let started = false;
    let timer = 0;
    document.addEventListener('focusin', () => {
      started = true;
      clearTimeout(timer);
    });
    document.addEventListener('focusout', (e) => {
      if (!started) return;
      const from = e.target instanceof Element ? e.target.outerHTML.slice(0, 80) : '?';
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (document.activeElement === document.body || !document.activeElement)
          w.bodyFocus.push(`after leaving ${from}`);
      }, 500);
    });
  });
  let count = 0;
  const presses: string[] = [];
  const keys = {
    get count() {
      return count;
    },
    presses,
    async press(key: string) {
      count++;
      presses.push(key);
      await page.keyboard.press(key);
    },
    async type(text: string) {
      count++;
      presses.push(`“${text}”`);
      await page.keyboard.type(text);
    },
    /** Presses `key` until `target` has focus, counting each press. */
    async until(key: string, target: Locator, limit = 20) {
      for (let i = 0; i < limit; i++) {
        if (await isFocused(target)) return;
        await keys.press(key);
      }
      await expect(target).toBeFocused();
    },
    async bodyFocus(): Promise<string[]> {
      await page.waitForTimeout(600);
      return page.evaluate(() => (window as unknown as { bodyFocus: string[] }).bodyFocus);
    },
  };
  return keys;
}

export const isFocused = (target: Locator) =>
  target.evaluate((el) => el === document.activeElement).catch(() => false);

/** The element that has focus, as a short description for messages. */
export const focusedElement = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return 'body';
    return `${a.tagName.toLowerCase()} ${a.getAttribute('aria-label') ?? a.textContent?.trim().slice(0, 40) ?? ''}`;
  });
