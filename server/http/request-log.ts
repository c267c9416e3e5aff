import type { IncomingMessage, ServerResponse } from 'node:http';

/** One line per request when it is done: `METHOD path status ms`. Never headers, never the query string. */
export function logRequest(req: IncomingMessage, res: ServerResponse, pathname: string): void {
  const started = performance.now();
  res.once('close', () => {
    const ms = (performance.now() - started).toFixed(1);
    const status = res.writableFinished ? String(res.statusCode) : `${res.statusCode}(aborted)`;
    process.stdout.write(`${req.method ?? '-'} ${pathname} ${status} ${ms}ms\n`);
  });
}
