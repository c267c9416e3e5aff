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
  const trail: string[] = [];
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
    /** Where the cursor went after each press `until` made, to read when a count comes out too high. */
    trail,
    /**
     * Presses `key` until `target` has focus, counting each press. A person looks where the cursor is before
     * pressing again, so each look gives the page a moment to settle (a form the app is taking over, a dialog
     * opening): a single instant read once missed the cursor on Password and the count went a whole lap on.
     */
    async until(key: string, target: Locator, limit = 20) {
      for (let i = 0; i < limit; i++) {
        if (await focusedSoon(target)) return;
        await keys.press(key);
        trail.push(`${key} → ${await focusedElement(page)}`);
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

/** Whether `target` has focus now or within a moment (300 ms). */
const focusedSoon = (target: Locator) =>
  expect(target)
    .toBeFocused({ timeout: 300 })
    .then(
      () => true,
      () => false,
    );

/** The element that has focus, as a short description for messages. */
export const focusedElement = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return 'body';
    const id = a.id ? `#${a.id}` : '';
    return `${a.tagName.toLowerCase()}${id} ${a.getAttribute('aria-label') ?? a.textContent?.trim().slice(0, 40) ?? ''}`.trim();
  });
