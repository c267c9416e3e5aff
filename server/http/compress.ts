import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { pipeline, type TransformOptions, type Writable } from 'node:stream';
import { brotliCompressSync, constants, createBrotliCompress, createGzip, gzipSync } from 'node:zlib';
import type { ByteString } from './byte-writer.ts';

export type Coding = 'br' | 'gzip';

/**
 * A body that fits in one TCP segment gains nothing from compression; anything larger is sent compressed
 * when the client accepts it.
 */
export const MIN_COMPRESSED_BYTES = 1400;

// Measured on a 2 MB stream of demo entries flushed every 32 KB: brotli quality 3 compresses about 25×
// at some 200 MB/s of one core; quality 4 gains 5% for twice the time, quality 1 compresses 10×. gzip
// (for clients without brotli) at level 3 compresses 11× at about the same speed.
const BROTLI_OPTIONS = {
  params: { [constants.BROTLI_PARAM_QUALITY]: 3, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
};
const GZIP_OPTIONS = { level: 3 };

/** The coding to answer with, by the request's Accept-Encoding (q=0 refuses one); brotli first. */
export function acceptedCoding(header: string | string[] | undefined): Coding | undefined {
  if (header === undefined) return undefined;
  const accepted = new Set<string>();
  const refused = new Set<string>();
  for (const item of String(header).split(',')) {
    const [name = '', ...params] = item.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    (q !== undefined && !(Number(q.slice(2)) > 0) ? refused : accepted).add(name);
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || (accepted.has('*') && !refused.has('gzip'))) return 'gzip';
  return undefined;
}

function codingFor(res: ServerResponse): Coding | undefined {
  return acceptedCoding(res.req?.headers['accept-encoding']);
}

/**
 * Sends a whole JSON body, compressed when it is large and the client accepts a coding. Compressed in one
 * go on this thread: for a page of entries (tens of KB) that costs well under a millisecond, less than
 * handing it to the thread pool and back. Uncompressed, a ByteString goes out as the heap string it is.
 * No `Vary`: API answers are `no-store`, so no cache keeps one to tell apart.
 */
export function endBody(
  res: ServerResponse,
  status: number,
  headers: OutgoingHttpHeaders,
  json: string | ByteString,
): void {
  const bytes = typeof json !== 'string';
  const length = bytes ? json.byteLength : Buffer.byteLength(json);
  const coding = length >= MIN_COMPRESSED_BYTES ? codingFor(res) : undefined;
  if (coding === undefined) {
    res.writeHead(status, { ...headers, 'Content-Length': length });
    if (bytes) res.end(json.text, 'latin1');
    else res.end(json);
    return;
  }
  const body = bytes ? Buffer.from(json.text, 'latin1') : Buffer.from(json);
  const compressed =
    coding === 'br' ? brotliCompressSync(body, BROTLI_OPTIONS) : gzipSync(body, GZIP_OPTIONS);
  res.writeHead(status, {
    ...headers,
    'Content-Encoding': coding,
    'Content-Length': compressed.length,
  });
  res.end(compressed);
}

/** Where a streamed body is written: the response itself, or a compressor that feeds it. */
export interface BodySink {
  stream: Writable;
  /** Pushes what was written so far out to the client (a no-op without compression). */
  flush(): void;
}

/**
 * How far the rows written may run ahead of the compressor (which works on the thread pool; zlib
 * streams take Transform options): with the default 16 KB, every 32 KB chunk waited for its own
 * compression, and writing rows and compressing them took turns instead of going on side by side.
 */
const STREAM_AHEAD: Pick<TransformOptions, 'writableHighWaterMark'> = { writableHighWaterMark: 512 * 1024 };

/**
 * Starts a streamed body of unknown length (chunked): through a compressor when the client accepts a
 * coding. The compressor is flushed per chunk, so rows reach the client as they are written rather than
 * when the compressor's window fills; a client that goes away tears the compressor down with it.
 */
export function openBody(res: ServerResponse, status: number, headers: OutgoingHttpHeaders): BodySink {
  const coding = codingFor(res);
  if (coding === undefined) {
    res.writeHead(status, headers);
    return { stream: res, flush: () => {} };
  }
  res.writeHead(status, { ...headers, 'Content-Encoding': coding });
  if (coding === 'br') {
    const br = createBrotliCompress({ ...BROTLI_OPTIONS, ...STREAM_AHEAD });
    pipeline(br, res, () => {});
    return { stream: br, flush: () => br.flush() };
  }
  const gz = createGzip({ ...GZIP_OPTIONS, ...STREAM_AHEAD });
  pipeline(gz, res, () => {});
  return { stream: gz, flush: () => gz.flush(constants.Z_SYNC_FLUSH) };
}
