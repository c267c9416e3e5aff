import { existsSync, readdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve } from 'node:path';
import sirv from 'sirv';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The one inline stylesheet the dashboard has: the one the toast library (sonner 2.0.8) adds to the page
 * when it loads, allowed by its hash (csp.test.ts recomputes it, so an upgrade that changes it fails
 * there), with the hash of nothing, because it adds the element empty before it fills it. React's
 * `style` props go through the CSSOM, which CSP does not govern.
 */
export const TOAST_STYLESHEET_HASH = "'sha256-StEaX+se6YS7pqjzrzMIA0KaX9zF/8zAhvQXZAe5epY='";
const EMPTY_STYLESHEET_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

const CSP = [
  "default-src 'self'",
  "base-uri 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "img-src 'self' data:",
  `style-src 'self' ${TOAST_STYLESHEET_HASH} ${EMPTY_STYLESHEET_HASH}`,
].join('; ');

export const HTML_SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

function sendText(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  res.end(text);
}

export interface StaticOptions {
  /** Serve `*.map` files and link each bundle to its map (a `SourceMap` header); off, they answer 404. */
  sourceMaps?: boolean | undefined;
}

export type StaticHandler = (req: IncomingMessage, res: ServerResponse, pathname: string) => Promise<void>;

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Source maps of the bundles under `assets/`, by the bundle's path. */
function mapsOf(root: string): Set<string> {
  const assets = join(root, 'assets');
  if (!existsSync(assets)) return new Set();
  return new Set(
    readdirSync(assets)
      .filter((name) => name.endsWith('.js.map'))
      .map((name) => `/assets/${name.slice(0, -'.map'.length)}`),
  );
}

/**
 * Serves the built dashboard through sirv (the file server `vite preview` uses): the brotli or gzip copy
 * the build wrote when the browser accepts it, ETags answered with 304, hashed files under /assets cached
 * for a year, anything else revalidated, and index.html for every other path without a file extension
 * (client-side routes). The file list is read once at start, so a new build needs a restart.
 */
export function createStaticHandler(dir: string, options: StaticOptions = {}): StaticHandler {
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) {
    return async (_req, res, pathname) => {
      if (pathname.startsWith('/assets/') || extname(pathname) !== '') sendText(res, 404, 'Not found');
      else sendText(res, 404, 'The dashboard is not built yet: run `npm run build` (or use `npm start`).');
    };
  }
  const sourceMaps = options.sourceMaps ?? false;
  const maps = sourceMaps ? mapsOf(root) : new Set<string>();
  const files = sirv(root, {
    etag: true,
    brotli: true,
    gzip: true,
    single: true,
    extensions: ['html'],
    // A missing hashed file is a 404, never the app (a stale tab would otherwise run HTML as script).
    ignores: ['^/assets/'],
  });

  return async function serveStatic(req, res, pathname) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      return;
    }
    const ext = extname(pathname).toLowerCase();
    if (ext === '.map' && !sourceMaps) {
      sendText(res, 404, 'Not found');
      return;
    }
    // Set before sirv answers, so a 304 carries them too (sirv keeps headers already set on the response).
    const isHtml = ext === '' || ext === '.html';
    res.setHeader('Cache-Control', pathname.startsWith('/assets/') ? IMMUTABLE : 'no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Vary', 'Accept-Encoding');
    const type = isHtml ? TYPES['.html'] : TYPES[ext];
    if (type) res.setHeader('Content-Type', type);
    if (isHtml) for (const [name, value] of Object.entries(HTML_SECURITY_HEADERS)) res.setHeader(name, value);
    if (maps.has(pathname)) res.setHeader('SourceMap', `${pathname}.map`);
    files(req, res, () => {
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      sendText(res, 404, 'Not found');
    });
  };
}
