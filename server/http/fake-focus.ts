/** A stand-in for the Focus API for the forwarding tests: records what arrives and answers by path. */
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Answers for particular paths; anything else is echoed back as JSON. */
const SPECIAL: Record<string, (res: ServerResponse, timers: Set<NodeJS.Timeout>) => void> = {
  '/api/html': (res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<script>alert(document.domain)</script>');
  },
  '/api/error-page': (res) => {
    res.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<h1>Service unavailable</h1>');
  },
  '/api/untyped': (res) => {
    res.writeHead(200);
    res.end('{"looks":"like JSON"}');
  },
  '/api/problem': (res) => {
    res.writeHead(422, { 'Content-Type': 'application/problem+json' });
    res.end('{"title":"nope"}');
  },
  '/api/empty': (res) => {
    res.writeHead(204);
    res.end();
  },
  '/api/forbidden-headers': (res) => {
    res.setHeader('WWW-Authenticate', 'Basic realm="focus"');
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.setHeader('Expires', 'Thu, 01 Dec 2099 16:00:00 GMT');
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.setHeader('Set-Cookie2', 'c=3');
    res.setHeader('Alt-Svc', 'h2="evil.example:443"');
    res.setHeader('Strict-Transport-Security', 'max-age=31536000');
    res.setHeader('Clear-Site-Data', '"storage"');
    res.setHeader('Refresh', '0; url=https://evil.example/');
    res.setHeader('Content-Security-Policy', "script-src 'unsafe-inline'");
    res.setHeader('X-Toggl-Quota-Remaining', '17');
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end('{}');
  },
  // Headers at once, then a byte every 100 ms: never silent for long, never done.
  '/api/drip': (res, timers) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.write('[');
    const timer = setInterval(() => res.write(' '), 100);
    timers.add(timer);
    res.on('close', () => clearInterval(timer));
  },
  '/api/hang': () => undefined,
};

export interface FakeFocus {
  /** e.g. http://127.0.0.1:41234/api */
  base: string;
  /** Every request that arrived, in order; empty it between tests as needed. */
  seen: Seen[];
  close(): Promise<void>;
}

/** Answers a few paths specially (see SPECIAL); anything else is echoed back as JSON. */
export async function startFakeFocus(): Promise<FakeFocus> {
  const seen: Seen[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (req.url?.startsWith('/api/redirect')) {
        res.writeHead(302, { Location: 'https://elsewhere.example/steal' });
        res.end();
        return;
      }
      const special = SPECIAL[req.url ?? ''];
      if (special) {
        special(res, timers);
        return;
      }
      res.writeHead(req.method === 'POST' ? 201 : 200, {
        'Content-Type': 'application/json',
        'Set-Cookie': 'session=upstream; HttpOnly',
        'X-Upstream': 'yes',
        'Keep-Alive': 'timeout=99',
      });
      res.end(JSON.stringify({ echoed: body, path: req.url }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`,
    seen,
    close: async () => {
      for (const timer of timers) clearInterval(timer);
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
