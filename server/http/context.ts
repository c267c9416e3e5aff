import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RouteInput, RouteName, Routes } from '../../contract/index.ts';
import type { Db } from '../db/connection.ts';
import type { ByteString } from './byte-writer.ts';

/**
 * Everything a handler gets besides its input: the exchange, the authenticated caller and the database.
 * The raw path, query and body are not here: a handler sees them only as its route's schemas parsed them.
 */
export interface ApiContext {
  req: IncomingMessage;
  res: ServerResponse;
  userId: number;
  db: Db;
  /** For streams, which read through a connection of their own. */
  dbPath: string;
  /** The request's clock reading, so one request uses one "now". */
  now: number;
}

/** A JSON body, as text or as UTF-8 bytes in a ByteString; the route table gives its status. */
export type JsonBody = string | ByteString;

/**
 * The handler a route's response kind calls for. A JSON or no-content handler runs inside one database
 * transaction, so every read and write of a request sees one state; a stream handler writes its own
 * response while reading rows through a connection of its own.
 */
export type RouteHandler<N extends RouteName> = Routes[N]['response'] extends { kind: 'stream' }
  ? (ctx: ApiContext, input: RouteInput<N>) => Promise<void>
  : Routes[N]['response'] extends { kind: 'json' }
    ? (ctx: ApiContext, input: RouteInput<N>) => JsonBody
    : (ctx: ApiContext, input: RouteInput<N>) => void;

/** One handler per route of the table, by name: a route without a handler fails to compile. */
export type RouteHandlers = { [N in RouteName]: RouteHandler<N> };
