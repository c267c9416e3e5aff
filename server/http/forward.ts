import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import { ApiError, newTraceId } from './errors.ts';
import { sendError } from './respond.ts';

const DROPPED = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'cookie',
  'set-cookie',
]);

const UPSTREAM_TIMEOUT_MS = 30_000;

/** Copies headers minus hop-by-hop ones (including any the Connection header names) and cookies. */
function endToEnd(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const named = new Set(
    String(headers.connection ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
  );
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || DROPPED.has(name) || named.has(name)) continue;
    out[name] = value;
  }
  return out;
}

const badGateway = (code: string, description: string) => new ApiError(502, code, description);

export type Forwarder = (req: IncomingMessage, res: ServerResponse, pathAndSearch: string) => void;

/**
 * Sends `/api/*` to the Focus API at `base` (path appended, query kept), streaming both bodies.
 * Redirects are not followed: a 3xx becomes a 502 with the status named, because following one could
 * carry the Authorization header to another host and passing it on would send the browser there.
 */
export function createForwarder(base: string): Forwarder {
  const baseUrl = new URL(base.replace(/\/+$/, ''));
  const basePath = baseUrl.pathname.replace(/\/+$/, '');
  const transport = baseUrl.protocol === 'https:' ? https : http;
  const agent = new transport.Agent({ keepAlive: true });

  return function forward(req, res, pathAndSearch) {
    const traceId = newTraceId();
    const fail = (error: ApiError) => {
      req.resume();
      sendError(res, error, traceId);
    };
    const path = pathAndSearch.split('?')[0] ?? '';
    let target: URL;
    try {
      target = new URL(`${baseUrl.origin}${basePath}${pathAndSearch}`);
    } catch {
      fail(new ApiError(400, 'validation', 'path: not a valid URL path'));
      return;
    }
    // Only below the configured base: no dot segments, backslashes or encoded slashes that could climb out of it.
    const escapes = /\\|%2f|%5c/i.test(path) || path.split('/').some((s) => /^(\.|%2e){1,2}$/i.test(s));
    if (escapes || target.origin !== baseUrl.origin || !target.pathname.startsWith(`${basePath}/`)) {
      fail(new ApiError(400, 'validation', 'path: only plain API paths are forwarded'));
      return;
    }

    const upstream = transport.request(target, {
      method: req.method,
      headers: endToEnd(req.headers),
      agent,
      timeout: UPSTREAM_TIMEOUT_MS,
    });
    upstream.on('response', (up) => {
      const status = up.statusCode ?? 502;
      if (status >= 300 && status < 400 && status !== 304) {
        up.resume();
        fail(
          badGateway(
            'upstream_redirect',
            `The Focus API answered with a redirect (${status}), which is not followed.`,
          ),
        );
        return;
      }
      res.writeHead(status, endToEnd(up.headers));
      up.pipe(res);
    });
    upstream.on('timeout', () => upstream.destroy(new Error('upstream timeout')));
    upstream.on('error', (error) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      fail(badGateway('upstream_unreachable', `The Focus API could not be reached (${error.message}).`));
    });
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  };
}
