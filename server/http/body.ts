import type { IncomingMessage } from 'node:http';
import { ApiError, validationError } from './errors.ts';
import { JsonShapeGauge, MAX_JSON_DEPTH, MAX_JSON_VALUES } from './json-shape.ts';

export const MAX_BODY_BYTES = 5 * 1024 * 1024;

const tooLarge = () =>
  new ApiError(413, 'payload_too_large', `body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`);

const SHAPE_ERRORS = {
  'too-deep': `body is nested deeper than ${MAX_JSON_DEPTH} levels`,
  'too-many-values': `body holds more than ${MAX_JSON_VALUES.toLocaleString('en')} values`,
};

/** Whether the request carries a body at all (a declared length above 0, or a chunked one). */
export function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  if (length !== undefined) return length.trim() !== '0';
  return req.headers['transfer-encoding'] !== undefined;
}

/**
 * 415 unless the body is declared `application/json` (parameters allowed; a charset, if named, must be
 * UTF-8, the only one JSON has). Browsers send other types cross-site without asking first; this never.
 */
export function requireJsonType(req: IncomingMessage): void {
  const [type = '', ...params] = (req.headers['content-type'] ?? '').split(';');
  const charset = params
    .map((p) => p.trim().toLowerCase())
    .find((p) => p.startsWith('charset='))
    ?.slice(8)
    .replace(/"/g, '');
  if (type.trim().toLowerCase() !== 'application/json' || (charset !== undefined && charset !== 'utf-8')) {
    req.resume();
    throw new ApiError(415, 'unsupported_media_type', 'Content-Type must be application/json for a body', {
      'content-type': 'must be application/json',
    });
  }
}

function readRaw(req: IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
    // Read and discard the upload so the client gets to see the 413 instead of a reset connection.
    req.resume();
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const shape = new JsonShapeGauge();
    let size = 0;
    // Stops reading (the rest is discarded as it arrives) and answers at once.
    const refuse = (error: ApiError) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.resume();
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) return refuse(tooLarge());
      // Measured as it arrives, so a hostile shape costs no more than reading it, and JSON.parse never sees it.
      const problem = shape.feed(chunk);
      if (problem) return refuse(validationError(SHAPE_ERRORS[problem], { body: SHAPE_ERRORS[problem] }));
      chunks.push(chunk);
    };
    const onEnd = () => resolve(chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks, size));
    // A client that goes away mid-upload is not a server bug; nobody will read the answer anyway.
    const cutOff = () => reject(validationError('body: the request was cut off before its end'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', cutOff);
    req.on('close', () => {
      if (!req.complete) cutOff();
    });
  });
}

/** The parsed JSON body, or `undefined` when there is none; 415 for another type, 400 when too deep or wide. */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  if (!hasBody(req)) return undefined;
  requireJsonType(req);
  const raw = await readRaw(req);
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch (e) {
    const reason = e instanceof Error ? e.message : 'parse error';
    throw validationError(`body is not valid JSON (${reason})`, { body: 'malformed JSON' });
  }
}
