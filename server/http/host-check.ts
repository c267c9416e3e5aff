import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { ApiError, newTraceId } from './errors.ts';
import { sendError } from './respond.ts';

/** The name in a Host header: lower case, without the port, the brackets of an IPv6 address or a final dot. */
export function hostName(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const host = header.trim().toLowerCase();
  const name = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.replace(/:\d*$/, '');
  return name.replace(/\.$/, '') || undefined;
}

/**
 * Whether a request's Host names this server. A page on another site can point its own DNS name at
 * 127.0.0.1 (DNS rebinding) and then talk to a server on loopback as if same-origin; its requests carry
 * that name. So a name must be listed: `localhost` and `*.localhost` (which resolve to loopback only) by
 * default, more through FOCUS_ALLOWED_HOSTS (`.example.com` also takes every name under it). An address
 * such as 127.0.0.1 or 192.168.1.5 is always fine: no DNS answer can put it in another site's origin.
 */
export function createHostCheck(allowed: readonly string[] = []): (header: string | undefined) => boolean {
  const exact = new Set(['localhost', ...allowed.filter((h) => !h.startsWith('.'))]);
  const suffixes = ['.localhost', ...allowed.filter((h) => h.startsWith('.'))];
  return (header) => {
    const name = hostName(header);
    if (name === undefined) return false;
    return (
      isIP(name) !== 0 || exact.has(name) || suffixes.some((s) => name.endsWith(s) || name === s.slice(1))
    );
  };
}

/** Answers a request whose Host is not allowed (JSON under /api, text elsewhere); false when it may go on. */
export function refuseUnknownHost(
  allows: (header: string | undefined) => boolean,
  req: IncomingMessage,
  res: ServerResponse,
  api: boolean,
): boolean {
  if (allows(req.headers.host)) return false;
  const name = (hostName(req.headers.host) ?? '(none)').slice(0, 100);
  const message = `This server does not answer to the host name ${name}; its operator can add it to FOCUS_ALLOWED_HOSTS.`;
  req.resume();
  if (api) {
    sendError(res, new ApiError(403, 'host_not_allowed', message), newTraceId());
  } else {
    res.writeHead(403, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(message),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    res.end(message);
  }
  return true;
}
