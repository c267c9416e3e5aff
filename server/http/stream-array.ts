import type { ServerResponse } from 'node:http';
import type { Writable } from 'node:stream';
import { ByteWriter } from './byte-writer.ts';
import { openBody } from './compress.ts';

const FLUSH_BYTES = 32 * 1024;
/** Chunks between turns given to other requests while the socket keeps taking data. */
const FLUSHES_PER_TURN = 8;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function drained(res: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/**
 * Writes `rows` as one JSON array while they are read, in chunks of about 32 KB (a compressed body is
 * flushed after the first and then every 256 KB, and before any wait), waiting whenever the socket's
 * buffer is full; memory stays flat however many rows there are (larger chunks cost more GC
 * than they save in writes). Stops reading, and so closes the cursor, when the client goes away.
 * Every 256 KB it lets other requests have a turn: a socket on loopback takes megabytes before it is
 * full, and writing them in one go would keep a small request waiting behind each stream.
 */
export async function streamJsonArray<T>(
  res: ServerResponse,
  rows: Iterable<T>,
  write: (out: ByteWriter, row: T) => void,
): Promise<void> {
  const body = openBody(res, 200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  const out = new ByteWriter(FLUSH_BYTES + 8 * 1024);
  out.ascii('[');
  let first = true;
  let chunks = 0;
  for (const row of rows) {
    if (!first) out.ascii(',');
    first = false;
    write(out, row);
    if (out.length >= FLUSH_BYTES) {
      let more = true;
      for (const chunk of out.take()) more = body.stream.write(chunk);
      const turn = ++chunks % FLUSHES_PER_TURN === 0;
      // The compressor is flushed for the first chunk (the first rows go out at once), then before
      // each pause: every 32 KB cost half again the compression time for no row arriving sooner.
      if (chunks === 1 || turn || !more) body.flush();
      if (!more) await drained(body.stream);
      else if (turn) await nextTurn();
      if (res.destroyed || body.stream.destroyed) return;
    }
  }
  out.ascii(']');
  for (const chunk of out.take()) body.stream.write(chunk);
  body.stream.end();
}
