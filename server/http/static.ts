import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

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
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  res.end(text);
}

async function fileStats(path: string): Promise<Stats | undefined> {
  try {
    const s = await stat(path);
    return s.isFile() ? s : undefined;
  } catch {
    return undefined;
  }
}

function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  stats: Stats,
  cacheControl: string,
) {
  const type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
  const headers: Record<string, string | number> = {
    'Content-Type': type,
    'Content-Length': stats.size,
    'Cache-Control': cacheControl,
    'Last-Modified': stats.mtime.toUTCString(),
    'X-Content-Type-Options': 'nosniff',
  };
  if (type.startsWith('text/html')) Object.assign(headers, HTML_SECURITY_HEADERS);
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(path)
    .on('error', () => res.destroy())
    .pipe(res);
}

export type StaticHandler = (req: IncomingMessage, res: ServerResponse, pathname: string) => Promise<void>;

/**
 * Serves the built dashboard: hashed files under /assets cached for a year, anything else revalidated,
 * and index.html for every other path without a file extension (client-side routes).
 */
export function createStaticHandler(dir: string): StaticHandler {
  const root = resolve(dir);
  const index = join(root, 'index.html');

  return async function serveStatic(req, res, pathname) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      return;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      sendText(res, 400, 'Bad path');
      return;
    }
    const file = resolve(root, `.${decoded}`);
    if (file !== root && !file.startsWith(root + sep)) {
      sendText(res, 404, 'Not found');
      return;
    }
    const isAsset = decoded.startsWith('/assets/');
    const found = await fileStats(file);
    if (found) {
      sendFile(req, res, file, found, isAsset ? 'public, max-age=31536000, immutable' : 'no-cache');
      return;
    }
    if (isAsset || extname(decoded) !== '') {
      sendText(res, 404, 'Not found');
      return;
    }
    const indexStats = await fileStats(index);
    if (!indexStats) {
      sendText(res, 404, 'The dashboard is not built yet: run `npm run build` (or use `npm start`).');
      return;
    }
    sendFile(req, res, index, indexStats, 'no-cache');
  };
}
