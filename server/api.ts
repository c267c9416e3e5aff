import type { IncomingMessage, ServerResponse } from 'node:http';
import { ROUTES, ROUTE_NAMES, type RouteName } from '../contract/index.ts';
import { createAuthenticator } from './auth/authenticate.ts';
import type { Db } from './db/connection.ts';
import { HANDLERS } from './handlers.ts';
import type { ApiContext, JsonBody, RouteHandlers } from './http/context.ts';
import { ApiError, newTraceId } from './http/errors.ts';
import { sendError, sendInternalError, sendJsonBody, sendNoContent } from './http/respond.ts';
import { Router } from './http/router.ts';
import { StreamGate, type StreamLimits } from './http/stream-gate.ts';
import { parseRouteInput, type ParsedInput } from './http/validate.ts';
import { createQuota } from './quota/quota.ts';

export interface ApiOptions {
  db: Db;
  dbPath: string;
  quotaPerHour?: number | undefined;
  streamLimits?: StreamLimits | undefined;
  /** The handlers by route name; tests pass their own to watch what reaches them. */
  handlers?: RouteHandlers | undefined;
}

/** Answers one request below `/api`; `path` is the part after `/api`. */
export type ApiHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  search: URLSearchParams,
) => Promise<void>;

/** Any route's handler, called with input its own route's schemas parsed. */
type AnyHandler = (ctx: ApiContext, input: ParsedInput) => JsonBody | void | Promise<void>;

export function createApiHandler(options: ApiOptions): ApiHandler {
  const { db, dbPath } = options;
  const handlers = options.handlers ?? HANDLERS;
  const router = new Router<RouteName>();
  for (const name of ROUTE_NAMES) router.add(ROUTES[name].method, ROUTES[name].path, name);
  const authenticate = createAuthenticator(db);
  const takeQuota = options.quotaPerHour ? createQuota(options.quotaPerHour) : undefined;
  const streams = new StreamGate(options.streamLimits);
  // One transaction per request: SQLite then takes its locks once, not once per statement. Reads defer
  // (a shared lock at the first read), writes take the write lock up front.
  const inTransaction = db.transaction((run: () => JsonBody | void) => run());

  return async function handleApi(req, res, path, search) {
    const traceId = newTraceId();
    try {
      // Who is asking comes first: without credentials, no answer tells a route from a missing one.
      const userId = await authenticate(req.headers.authorization, req.socket.remoteAddress);
      const method = req.method ?? 'GET';
      const match = router.match(method, path);
      if (match.kind === 'not-found') throw new ApiError(404, 'not_found', `There is no API route ${path}.`);
      if (match.kind === 'method-not-allowed') {
        const allow = match.allow.join(', ');
        throw new ApiError(
          405,
          'method_not_allowed',
          `${method} is not allowed here; use ${allow}.`,
          undefined,
          {
            Allow: allow,
          },
        );
      }
      if (takeQuota) {
        const quota = takeQuota(userId);
        for (const [name, value] of Object.entries(quota.headers)) res.setHeader(name, value);
        if (quota.exceeded) throw quota.exceeded;
      }
      const spec = ROUTES[match.handler];
      const input = await parseRouteInput(spec, match.params, search, req);
      // The input was parsed by this route's own schemas, so it is this handler's RouteInput.
      const handler = handlers[match.handler] as AnyHandler;
      const ctx: ApiContext = { req, res, userId, db, dbPath, now: Date.now() };
      const { response } = spec;
      if (response.kind === 'stream') {
        const leave = streams.enter(userId);
        // The socket's idle timer: it runs while a full socket buffer waits for a client that reads nothing.
        res.setTimeout(streams.limits.writeTimeoutMs, () => res.destroy());
        try {
          await handler(ctx, input);
        } finally {
          leave();
        }
        return;
      }
      const run = () => handler(ctx, input) as JsonBody | void;
      const json = method === 'GET' ? inTransaction.deferred(run) : inTransaction.immediate(run);
      if (response.kind === 'json') sendJsonBody(res, response.status, json as JsonBody);
      else sendNoContent(res);
    } catch (error) {
      if (error instanceof ApiError) {
        sendError(res, error, traceId);
      } else {
        console.error(`[trace ${traceId}]`, error);
        sendInternalError(res, traceId);
      }
    }
  };
}
