import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import { Transform } from 'node:stream';
import { MAX_BODY_BYTES } from './body.ts';
import { ApiError, newTraceId } from './errors.ts';
import { isJsonOrEmpty, requestHeaders, responseHeaders } from './forward-headers.ts';
import { sendError } from './respond.ts';

export interface ForwardOptions {
  /** The whole exchange, from the request's arrival to the answer's last byte (default 60 s). */
  deadlineMs?: number | undefined;
  /** Longest silence of the upstream connection (default 30 s). */
  idleMs?: number | undefined;
}

export const DEFAULT_PROXY_DEADLINE_MS = 60_000;
export const DEFAULT_PROXY_IDLE_MS = 30_000;

const badGateway = (code: string, description: string) => new ApiError(502, code, description);
const tooLarge = () =>
  new ApiError(413, 'payload_too_large', `body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`);

export type Forwarder = (req: IncomingMessage, res: ServerResponse, pathAndSearch: string) => void;

/** Passes chunks on until more than `max` bytes have gone by, then fails. */
function byteLimit(max: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      done(seen > max ? tooLarge() : null, chunk);
    },
  });
}

/**
 * Sends `/api/*` to the Focus API at `base` (path appended, query kept), streaming both bodies.
 * Redirects are not followed: a 3xx becomes a 502 with the status named, because following one could
 * carry the Authorization header to another host and passing it on would send the browser there. Only
 * JSON (or empty) answers pass, under our own caching and security headers; every exchange has a deadline.
 * Errors name no address: the browser has no use for one, and the log has it under the trace id.
 */
export function createForwarder(base: string, options: ForwardOptions = {}): Forwarder {
  const baseUrl = new URL(base.replace(/\/+$/, ''));
  const basePath = baseUrl.pathname.replace(/\/+$/, '');
  const transport = baseUrl.protocol === 'https:' ? https : http;
  const agent = new transport.Agent({ keepAlive: true });
  const deadlineMs = options.deadlineMs ?? DEFAULT_PROXY_DEADLINE_MS;
  const idleMs = options.idleMs ?? DEFAULT_PROXY_IDLE_MS;

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
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
      fail(tooLarge());
      return;
    }

    const upstream = transport.request(target, {
      method: req.method,
      headers: requestHeaders(req.headers),
      agent,
      timeout: idleMs,
    });
    let ended = false;
    /** Ends the exchange once: the error as the answer while none has started, else a cut connection. */
    const abort = (error: ApiError, detail: string) => {
      if (ended) return;
      ended = true;
      console.error(`[trace ${traceId}] forwarding ${req.method ?? '-'} ended: ${detail}`);
      upstream.destroy();
      if (res.headersSent) res.destroy();
      else fail(error);
    };
    const deadline = setTimeout(
      () =>
        abort(
          new ApiError(
            504,
            'upstream_timeout',
            `The Focus API did not answer within ${deadlineMs / 1000} s.`,
          ),
          'deadline',
        ),
      deadlineMs,
    );
    deadline.unref();
    res.on('close', () => {
      clearTimeout(deadline);
      // Done, or the client went away: either way nothing is left to answer.
      ended = true;
      if (!res.writableFinished) upstream.destroy();
    });

    upstream.on('response', (up) => {
      const status = up.statusCode ?? 502;
      if (status >= 300 && status < 400 && status !== 304) {
        up.resume();
        abort(
          badGateway(
            'upstream_redirect',
            `The Focus API answered with a redirect (${status}), which is not followed.`,
          ),
          `redirect ${status}`,
        );
        return;
      }
      if (!isJsonOrEmpty(status, req.method ?? 'GET', up.headers)) {
        up.resume();
        const type = String(up.headers['content-type'] ?? 'no type').slice(0, 100);
        abort(
          badGateway('upstream_not_json', `The Focus API answered ${status} with ${type}, not JSON.`),
          `${status} ${type}`,
        );
        return;
      }
      res.writeHead(status, responseHeaders(up.headers));
      up.pipe(res);
    });
    upstream.on('timeout', () =>
      abort(
        new ApiError(504, 'upstream_timeout', `The Focus API went silent for ${idleMs / 1000} s.`),
        'idle timeout',
      ),
    );
    upstream.on('error', (error) =>
      abort(badGateway('upstream_unreachable', 'The Focus API could not be reached.'), error.message),
    );
    const limit = byteLimit(MAX_BODY_BYTES);
    limit.on('error', () => abort(tooLarge(), 'request body over the limit'));
    req.pipe(limit).pipe(upstream);
  };
}
