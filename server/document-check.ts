import type http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import {
  createDocumentValidator,
  type DocumentValidator,
  type Violation,
} from '../contract/openapi/document-validator.ts';
import { isApiPath, splitTarget } from './app.ts';

let validator: DocumentValidator | undefined;

/** One validator per process: compiling the document's schemas is the slow part. */
export function documentValidator(): DocumentValidator {
  validator ??= createDocumentValidator();
  return validator;
}

/** The body as the client reads it: compressed answers are decoded first. */
function bodyOf(chunks: readonly Buffer[], encoding: unknown): unknown {
  if (chunks.length === 0) return undefined;
  const raw = Buffer.concat(chunks);
  const bytes = encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw;
  const text = bytes.toString('utf8');
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Holds every answer below `/api` that `server` gives to the public Focus OpenAPI document, for tests:
 * the body is collected as it is written and checked when the response finishes (answers cut short, as
 * when a client leaves a stream, are not). Returns the list the violations collect in.
 */
export function watchAnswers(server: http.Server): Violation[] {
  const violations: Violation[] = [];
  server.prependListener('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const { pathname } = splitTarget(req.url ?? '/');
    if (!isApiPath(pathname)) return;
    const chunks: Buffer[] = [];
    const keep = (chunk: unknown, encoding: unknown) => {
      if (typeof chunk === 'string') {
        chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
      } else if (chunk instanceof Uint8Array) {
        chunks.push(Buffer.from(chunk));
      }
    };
    // writeHead's own headers never reach getHeader(), so the body's coding is read as they go by.
    let coding: unknown;
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
    res.writeHead = ((...args: unknown[]) => {
      for (const arg of args) {
        if (arg && typeof arg === 'object' && !Array.isArray(arg)) {
          for (const [name, value] of Object.entries(arg)) {
            if (name.toLowerCase() === 'content-encoding') coding = value;
          }
        }
      }
      return writeHead(...args);
    }) as typeof res.writeHead;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== 'function') keep(chunk, rest[0]);
      return end(chunk, ...rest);
    }) as typeof res.end;
    res.once('finish', () => {
      const found = documentValidator().checkResponse({
        method: req.method ?? 'GET',
        path: pathname.slice('/api'.length) || '/',
        status: res.statusCode,
        body: bodyOf(chunks, coding ?? res.getHeader('content-encoding')),
      });
      for (const v of found) violations.push(v);
    });
  });
  return violations;
}
