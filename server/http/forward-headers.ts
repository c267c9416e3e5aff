import type { IncomingHttpHeaders } from 'node:http';

/** Headers about one connection, not the message (RFC 9110 §7.6.1), never passed on in either direction. */
const HOP_BY_HOP = [
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
];

/**
 * Not sent to Focus: our own host and cookies, and what a client may claim about where a request came
 * from (only a proxy the operator runs may say that, and this server is the first hop).
 */
const REQUEST_DROPPED = new Set([
  ...HOP_BY_HOP,
  'host',
  'cookie',
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-forwarded-port',
  'x-forwarded-prefix',
  'x-real-ip',
]);

/**
 * Not passed to the browser: Focus's answers land on the dashboard's origin, so nothing in them may set
 * cookies there, open the browser's own password dialog (WWW-Authenticate), loosen CORS, be cached, or
 * tell the browser something about the origin as a whole (HSTS, Alt-Svc, Clear-Site-Data, a CSP, a refresh).
 */
const RESPONSE_DROPPED = new Set([
  ...HOP_BY_HOP,
  'set-cookie',
  'set-cookie2',
  'www-authenticate',
  'cache-control',
  'expires',
  'pragma',
  'strict-transport-security',
  'alt-svc',
  'clear-site-data',
  'content-security-policy',
  'content-security-policy-report-only',
  'x-frame-options',
  'x-content-type-options',
  'refresh',
]);
const RESPONSE_DROPPED_PREFIXES = ['access-control-', 'x-forwarded-'];

/** Added to every forwarded answer, as the local API's answers have them. */
export const FORWARDED_RESPONSE_HEADERS: Record<string, string> = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
};

function copy(
  headers: IncomingHttpHeaders,
  dropped: (name: string) => boolean,
): Record<string, string | string[]> {
  // Whatever the Connection header names is hop-by-hop too.
  const named = new Set(
    String(headers.connection ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
  );
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || named.has(name) || dropped(name)) continue;
    out[name] = value;
  }
  return out;
}

export const requestHeaders = (headers: IncomingHttpHeaders) =>
  copy(headers, (name) => REQUEST_DROPPED.has(name));

export const responseHeaders = (headers: IncomingHttpHeaders) => ({
  ...copy(
    headers,
    (name) => RESPONSE_DROPPED.has(name) || RESPONSE_DROPPED_PREFIXES.some((p) => name.startsWith(p)),
  ),
  ...FORWARDED_RESPONSE_HEADERS,
});

/** JSON or nothing: a body of another type would be served on the dashboard's origin. */
export function isJsonOrEmpty(status: number, method: string, headers: IncomingHttpHeaders): boolean {
  if (status === 204 || status === 304 || method === 'HEAD' || headers['content-length'] === '0') return true;
  const type = (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}
