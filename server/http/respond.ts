import type { ServerResponse } from 'node:http';
import type { ByteString } from './byte-writer.ts';
import { endBody } from './compress.ts';
import { ApiError } from './errors.ts';

const JSON_TYPE = 'application/json; charset=utf-8';

/** Sends JSON the caller has already serialised. */
export function sendJsonBody(res: ServerResponse, status: number, json: string | ByteString): void {
  endBody(
    res,
    status,
    { 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
    json,
  );
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  sendJsonBody(res, status, JSON.stringify(body));
}

export function sendNoContent(res: ServerResponse): void {
  res.writeHead(204, { 'Cache-Control': 'no-store' });
  res.end();
}

export function sendError(res: ServerResponse, error: ApiError, traceId: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  for (const [name, value] of Object.entries(error.headers ?? {})) res.setHeader(name, value);
  const body: Record<string, unknown> = { error: error.code, error_description: error.message };
  if (error.values) body.error_values = error.values;
  body.trace_id = traceId;
  sendJson(res, error.status, body);
}

/** The response for a bug: the trace id lets one find the logged stack, the body reveals nothing. */
export function sendInternalError(res: ServerResponse, traceId: string): void {
  sendError(res, new ApiError(500, 'internal', 'The server failed to handle this request.'), traceId);
}
