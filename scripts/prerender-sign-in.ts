// The Vite plugin that makes the sign-in page paint before any of React arrives: it renders the real
// SignInScreen to HTML (src/boot/prerender.tsx) into index.html's placeholder, and adds the first-paint
// script (src/boot/first-paint.ts) to <head> as a file of its own (the CSP allows no inline script). Both come
// from the modules the app uses, at every build and on every dev page load, so neither can drift from them.
import { createHash } from 'node:crypto';
import { createServer, type HtmlTagDescriptor, type Plugin, type ViteDevServer } from 'vite';

const PRERENDER_MODULE = '/src/boot/prerender.tsx';
const FIRST_PAINT_MODULE = '/src/boot/first-paint.ts';
const PLACEHOLDER = '<!--prerendered-sign-in-->';
const DEV_FIRST_PAINT = '/focus-first-paint.js';

type PrerenderModule = typeof import('../src/boot/prerender.tsx');
type FirstPaintModule = typeof import('../src/boot/first-paint.ts');

interface Rendered {
  markup: string;
  script: string;
}

async function render(load: <T>(id: string) => Promise<T>): Promise<Rendered> {
  const prerender = await load<PrerenderModule>(PRERENDER_MODULE);
  const { firstPaint } = await load<FirstPaintModule>(FIRST_PAINT_MODULE);
  const { theme, session } = prerender.FIRST_PAINT_KEYS;
  return {
    markup: prerender.renderSignInPage(),
    script: `(${firstPaint.toString()})(${JSON.stringify(theme)}, ${JSON.stringify(session)});\n`,
  };
}

function fillIndex(html: string, { markup }: Rendered): string {
  if (!html.includes(PLACEHOLDER)) throw new Error(`index.html has no ${PLACEHOLDER} to fill`);
  return html.replace(PLACEHOLDER, markup);
}

/** A plain script in <head>, so it blocks the parser: it runs before anything of the page can paint. */
const firstPaintTag = (src: string): HtmlTagDescriptor => ({
  tag: 'script',
  attrs: { src },
  injectTo: 'head',
});

/** At build time: a dev server without a port or a file watcher, only to load the modules, then closed. */
async function renderOnce(root: string): Promise<Rendered> {
  const dev = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    return await render((id) => dev.ssrLoadModule(id) as never);
  } finally {
    await dev.close();
  }
}

export function prerenderSignIn(): Plugin {
  let server: ViteDevServer | null = null;
  let root = process.cwd();
  let base = '/';
  let built: Rendered | null = null;
  let firstPaintFile = '';

  return {
    name: 'focus-prerender-sign-in',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    configureServer(dev) {
      server = dev;
      dev.middlewares.use(DEV_FIRST_PAINT, (_req, res, next) => {
        render((id) => dev.ssrLoadModule(id) as never)
          .then(({ script }) => {
            res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(script);
          })
          .catch(next);
      });
    },
    async buildStart() {
      if (server) return;
      built = await renderOnce(root);
      const hash = createHash('sha256').update(built.script).digest('base64url').slice(0, 8);
      firstPaintFile = `assets/first-paint-${hash}.js`;
      this.emitFile({ type: 'asset', fileName: firstPaintFile, source: built.script });
    },
    // Added after Vite's own handling of the page, which would otherwise warn that a plain script cannot be bundled.
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (server) {
          const dev = server;
          const rendered = await render((id) => dev.ssrLoadModule(id) as never);
          return { html: fillIndex(html, rendered), tags: [firstPaintTag(DEV_FIRST_PAINT)] };
        }
        if (!built) throw new Error('the sign-in was not pre-rendered at the start of the build');
        return { html: fillIndex(html, built), tags: [firstPaintTag(`${base}${firstPaintFile}`)] };
      },
    },
  };
}
