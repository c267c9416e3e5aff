import type { IncomingMessage, ServerResponse } from 'node:http';
import { createAuthenticator } from './auth/authenticate.ts';
import type { Db } from './db/connection.ts';
import { readJsonBody } from './http/body.ts';
import type { ApiContext, Reply, Route } from './http/context.ts';
import { ApiError, newTraceId } from './http/errors.ts';
import { sendError, sendInternalError, sendJsonBody, sendNoContent } from './http/respond.ts';
import { Router } from './http/router.ts';
import { StreamGate, type StreamLimits } from './http/stream-gate.ts';
import { addOrganizationRoutes } from './organizations/routes.ts';
import { createQuota } from './quota/quota.ts';
import { addTaskRoutes } from './tasks/routes.ts';
import { addTimeEntryRoutes } from './time-entries/routes.ts';

export interface ApiOptions {
  db: Db;
  dbPath: string;
  quotaPerHour?: number | undefined;
  streamLimits?: StreamLimits | undefined;
}

/** Answers one request below `/api`; `path` is the part after `/api`. */
export type ApiHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  search: URLSearchParams,
) => Promise<void>;

export function createApiHandler(options: ApiOptions): ApiHandler {
  const { db, dbPath } = options;
  const router = new Router<Route>();
  addTimeEntryRoutes(router);
  addTaskRoutes(router);
  addOrganizationRoutes(router);
  const authenticate = createAuthenticator(db);
  const takeQuota = options.quotaPerHour ? createQuota(options.quotaPerHour) : undefined;
  const streams = new StreamGate(options.streamLimits);
  // One transaction per request: SQLite then takes its locks once, not once per statement. Reads defer
  // (a shared lock at the first read), writes take the write lock up front.
  const inTransaction = db.transaction((handler: (ctx: ApiContext) => Reply, ctx: ApiContext) =>
    handler(ctx),
  );

  return async function handleApi(req, res, path, search) {
    const traceId = newTraceId();
    try {
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
      const userId = await authenticate(req.headers.authorization, req.socket.remoteAddress);
      if (takeQuota) {
        const quota = takeQuota(userId);
        for (const [name, value] of Object.entries(quota.headers)) res.setHeader(name, value);
        if (quota.exceeded) throw quota.exceeded;
      }
      const r = match.handler;
      const body = r.kind === 'json' && r.readsBody ? await readJsonBody(req) : undefined;
      const ctx: ApiContext = {
        req,
        res,
        params: match.params,
        search,
        body,
        userId,
        db,
        dbPath,
        now: Date.now(),
      };
      if (r.kind === 'stream') {
        const leave = streams.enter(userId);
        // The socket's idle timer: it runs while a full socket buffer waits for a client that reads nothing.
        res.setTimeout(streams.limits.writeTimeoutMs, () => res.destroy());
        try {
          await r.handler(ctx);
        } finally {
          leave();
        }
        return;
      }
      send(
        res,
        method === 'GET' ? inTransaction.deferred(r.handler, ctx) : inTransaction.immediate(r.handler, ctx),
      );
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

function send(res: ServerResponse, reply: Reply): void {
  if (reply.json === undefined) sendNoContent(res);
  else sendJsonBody(res, reply.status, reply.json);
}
