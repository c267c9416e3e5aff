import type { IncomingMessage } from 'node:http';
import { ApiError, validationError } from './errors.ts';

export const MAX_BODY_BYTES = 5 * 1024 * 1024;

const tooLarge = () =>
  new ApiError(413, 'payload_too_large', `body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`);

function readRaw(req: IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
    // Read and discard the upload so the client gets to see the 413 instead of a reset connection.
    req.resume();
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.off('data', onData);
        req.off('end', onEnd);
        req.resume();
        reject(tooLarge());
        return;
      }
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

/** The parsed JSON body, or `undefined` when there is none. */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const raw = await readRaw(req);
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch (e) {
    const reason = e instanceof Error ? e.message : 'parse error';
    throw validationError(`body is not valid JSON (${reason})`, { body: 'malformed JSON' });
  }
}
