import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../db/connection.ts';
import type { ByteString } from './byte-writer.ts';
import type { Params, Router } from './router.ts';

/** Everything a handler gets: the exchange, the authenticated caller and the database. */
export interface ApiContext {
  req: IncomingMessage;
  res: ServerResponse;
  params: Params;
  search: URLSearchParams;
  /** The parsed JSON body for routes that declare one, else undefined. */
  body: unknown;
  userId: number;
  db: Db;
  /** For streams, which read through a connection of their own. */
  dbPath: string;
  /** The request's clock reading, so one request uses one "now". */
  now: number;
}

/** What a handler answers: a status and, unless 204, the JSON (text, or UTF-8 bytes in a ByteString). */
export interface Reply {
  status: number;
  json?: string | ByteString;
}

export const jsonReply = (status: number, json: string | ByteString): Reply => ({ status, json });
export const NO_CONTENT: Reply = { status: 204 };

/** Runs inside one database transaction, so every read and write of a request sees one state. */
export type Handler = (ctx: ApiContext) => Reply;
/** Writes its own response while reading rows through a connection of its own. */
export type StreamHandler = (ctx: ApiContext) => Promise<void>;

export type Route =
  { kind: 'json'; handler: Handler; readsBody: boolean } | { kind: 'stream'; handler: StreamHandler };

export const route = (handler: Handler): Route => ({ kind: 'json', handler, readsBody: false });
export const routeWithBody = (handler: Handler): Route => ({ kind: 'json', handler, readsBody: true });
export const streamRoute = (handler: StreamHandler): Route => ({ kind: 'stream', handler });

export type ApiRouter = Router<Route>;
