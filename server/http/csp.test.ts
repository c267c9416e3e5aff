import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { HTML_SECURITY_HEADERS, TOAST_STYLESHEET_HASH } from './static.ts';

const saved = Object.getOwnPropertyDescriptor(globalThis, 'document');
afterAll(() => {
  if (saved) Object.defineProperty(globalThis, 'document', saved);
  else Reflect.deleteProperty(globalThis, 'document');
});

/** The stylesheet sonner adds to the page when it is imported, caught with a stand-in document. */
async function toastStylesheet(): Promise<string> {
  let text = '';
  Object.defineProperty(globalThis, 'document', {
    configurable: true,
    value: {
      head: { appendChild: () => undefined },
      createElement: () => ({ appendChild: () => undefined }),
      createTextNode: (t: string) => {
        text = t;
        return {};
      },
    },
  });
  await import('sonner');
  return text;
}

describe('the dashboard page CSP', () => {
  it('allows no inline style but the toast stylesheet, by its hash', async () => {
    const csp = HTML_SECURITY_HEADERS['Content-Security-Policy'] ?? '';
    const styleSrc = csp.split('; ').find((d) => d.startsWith('style-src '));
    const empty = `'sha256-${createHash('sha256').update('').digest('base64')}'`;
    expect(styleSrc).toBe(`style-src 'self' ${TOAST_STYLESHEET_HASH} ${empty}`);
    expect(csp).not.toContain('unsafe-inline');
    const css = await toastStylesheet();
    expect(css.length).toBeGreaterThan(1000);
    expect(TOAST_STYLESHEET_HASH).toBe(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  });
});
