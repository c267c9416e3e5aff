/**
 * The browser tests' server: the real one (`server/main.ts`, on a port of its own) behind a proxy that holds
 * every request the dashboard sends to `/api` to the public Focus OpenAPI document. Requests from the
 * browser are told apart by the `Sec-Fetch-Mode` header browsers add; the tests' own arranging requests
 * (Playwright's request context) have none and are not checked. A violation is logged and kept in
 * `$E2E_DB_DIR/request-violations.json`, which the global teardown turns into a failed run;
 * `/__document-check` answers (GET) and clears (DELETE) the list, for the test of the check itself.
 * `/__expire` (POST) has the proxy answer every browser request to `/api` with a 401, as the API does
 * once a session has ended, until DELETE; GET says how many it answered so. Unlike a Playwright route,
 * it also reaches what the page's workers send (the whole-range stream's parser sends its own request).
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  createDocumentValidator,
  summarize,
  type Violation,
} from '../contract/openapi/document-validator.ts';

const port = Number(process.env.PORT ?? 4317);
const host = process.env.HOST ?? '127.0.0.1';
const record = join(process.env.E2E_DB_DIR ?? '.', 'request-violations.json');
const validator = createDocumentValidator();
const violations: (Violation & { page: string })[] = [];
const save = () => writeFileSync(record, JSON.stringify(violations, null, 2));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = http.createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as AddressInfo;
      probe.close(() => resolve(free));
    });
  });
}

function check(req: http.IncomingMessage, body: Buffer): void {
  const url = new URL(req.url ?? '/', 'http://local');
  if (!url.pathname.startsWith('/api/') || !req.headers['sec-fetch-mode']) return;
  let parsed: unknown;
  try {
    parsed = body.length > 0 ? JSON.parse(body.toString('utf8')) : undefined;
  } catch {
    parsed = body.toString('utf8');
  }
  const found = validator.checkRequest({
    method: req.method ?? 'GET',
    path: url.pathname.slice('/api'.length),
    query: url.searchParams,
    body: parsed,
  });
  if (found.length === 0) return;
  const page = String(req.headers.referer ?? '');
  for (const v of found) violations.push({ ...v, page });
  save();
  console.error(
    `The dashboard asked outside the Focus OpenAPI document (from ${page}):\n${summarize(found)}`,
  );
}

async function main() {
  const inner = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(inner), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () => {
    child.kill('SIGTERM');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.once('exit', (code) => process.exit(code ?? 1));
  await new Promise<void>((ready) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      if (chunk.toString().includes('Focus dashboard:')) ready();
    });
  });
  save();

  let expired: { count: number } | null = null;
  const front = http.createServer((req, res) => {
    if (req.url === '/__expire') {
      if (req.method === 'POST') expired = { count: 0 };
      const answered = expired?.count ?? 0;
      if (req.method === 'DELETE') expired = null;
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ answered }));
      return;
    }
    if (expired && req.url?.startsWith('/api/') && req.headers['sec-fetch-mode']) {
      expired.count++;
      const body = {
        error: 'invalid_session',
        error_description: 'The session has ended.',
        trace_id: 't401',
      };
      req.resume();
      res.writeHead(401, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
      return;
    }
    if (req.url === '/__document-check') {
      if (req.method === 'DELETE') {
        violations.length = 0;
        save();
      }
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(violations));
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      check(req, body);
      const upstream = http.request(
        { host: '127.0.0.1', port: inner, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.destroy());
      res.on('close', () => upstream.destroy());
      upstream.end(body);
    });
  });
  front.listen(port, host, () => console.log(`Checking the dashboard's requests on http://${host}:${port}`));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
