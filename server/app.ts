import http from 'node:http';
import { createApiHandler, type ApiHandler } from './api.ts';
import { openDatabase, type Db } from './db/connection.ts';
import { ApiError, newTraceId } from './http/errors.ts';
import { createForwarder, type Forwarder } from './http/forward.ts';
import { createHostCheck, refuseUnknownHost } from './http/host-check.ts';
import { logRequest } from './http/request-log.ts';
import { sendError } from './http/respond.ts';
import { createStaticHandler, type StaticHandler } from './http/static.ts';
import type { StreamLimits } from './http/stream-gate.ts';

export interface AppServerOptions {
  dbPath: string;
  staticDir?: string | undefined;
  /** Forward `/api/*` to this Focus API base instead of answering locally. */
  upstreamUrl?: string | undefined;
  quotaPerHour?: number | undefined;
  log?: boolean | undefined;
  /** Serve the build's source maps (off by default: they publish the source). */
  sourceMaps?: boolean | undefined;
  /** Compress responses for clients that accept it (default true). */
  compress?: boolean | undefined;
  /** Host names answered besides localhost and IP addresses (FOCUS_ALLOWED_HOSTS). */
  allowedHosts?: readonly string[] | undefined;
  /** Bounds on open streams (see StreamLimits); defaults when absent. */
  streamLimits?: StreamLimits | undefined;
  /** Forwarding limits (see ForwardOptions); defaults when absent. */
  proxyDeadlineMs?: number | undefined;
  proxyIdleMs?: number | undefined;
}

export interface AppServer {
  server: http.Server;
  close(): Promise<void>;
}

/** Splits a request target into pathname and query; tolerates the absolute form proxies send. */
export function splitTarget(target: string): { pathname: string; query: string } {
  let rest = target;
  if (!rest.startsWith('/')) {
    try {
      const url = new URL(rest);
      rest = url.pathname + url.search;
    } catch {
      rest = '/';
    }
  }
  const q = rest.indexOf('?');
  return q === -1 ? { pathname: rest, query: '' } : { pathname: rest.slice(0, q), query: rest.slice(q + 1) };
}

export const isApiPath = (pathname: string) => pathname === '/api' || pathname.startsWith('/api/');

export interface ApiEntry {
  /** Answers a request whose pathname starts with `/api`. */
  handle(req: http.IncomingMessage, res: http.ServerResponse, pathname: string, query: string): void;
  /** The local database, absent when forwarding. */
  db: Db | undefined;
}

/** `/api` answered by the local Focus API, or forwarded to the real one when `upstreamUrl` is set. */
export function createApiEntry(options: AppServerOptions): ApiEntry {
  if (options.upstreamUrl) {
    const forward: Forwarder = createForwarder(options.upstreamUrl, {
      deadlineMs: options.proxyDeadlineMs,
      idleMs: options.proxyIdleMs,
    });
    return {
      db: undefined,
      handle: (req, res, pathname, query) => {
        const path = pathname.slice(4) || '/';
        forward(req, res, query ? `${path}?${query}` : path);
      },
    };
  }
  const db = openDatabase(options.dbPath);
  const api: ApiHandler = createApiHandler({
    db,
    dbPath: options.dbPath,
    quotaPerHour: options.quotaPerHour,
    streamLimits: options.streamLimits,
  });
  return {
    db,
    handle: (req, res, pathname, query) =>
      void api(req, res, pathname.slice(4) || '/', new URLSearchParams(query)),
  };
}

/**
 * The production server: `/api` goes to the local Focus API (or is forwarded to the real one), anything
 * else is the built dashboard.
 */
export function createAppServer(options: AppServerOptions): AppServer {
  const api = createApiEntry(options);
  const serveStatic: StaticHandler | undefined = options.staticDir
    ? createStaticHandler(options.staticDir, { sourceMaps: options.sourceMaps })
    : undefined;
  const log = options.log ?? true;
  const allowsHost = createHostCheck(options.allowedHosts);

  const server = http.createServer((req, res) => {
    // Answered as for a client that takes no compression.
    if (options.compress === false) delete req.headers['accept-encoding'];
    const { pathname, query } = splitTarget(req.url ?? '/');
    if (log) logRequest(req, res, pathname);
    if (refuseUnknownHost(allowsHost, req, res, isApiPath(pathname))) return;
    if (isApiPath(pathname)) {
      api.handle(req, res, pathname, query);
      return;
    }
    if (serveStatic) {
      serveStatic(req, res, pathname).catch(() => res.destroy());
      return;
    }
    sendError(res, new ApiError(404, 'not_found', 'This server only answers /api.'), newTraceId());
  });

  return {
    server,
    close: () => closeServer(server, api.db),
  };
}

/** Stops accepting, lets running requests finish for a moment, then cuts what is left. */
export function closeServer(server: http.Server, db?: Db, graceMs = 2000): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      db?.close();
      resolve();
    });
    server.closeIdleConnections();
  });
}
