import http from 'node:http';
import { createServer as createVite } from 'vite';
import { closeServer, createApiEntry, isApiPath, splitTarget } from './app.ts';
import { loadConfig } from './config.ts';
import { describeDemo, ensureDemoData } from './demo/startup.ts';
import { createHostCheck, refuseUnknownHost } from './http/host-check.ts';
import { logRequest } from './http/request-log.ts';

/** `npm run dev`: Vite with hot reload for the dashboard, the same API handler for /api. */
async function dev() {
  const config = loadConfig();
  if (!config.upstreamUrl) await ensureDemoData(config.dbPath);
  const api = createApiEntry(config);
  const server = http.createServer();
  const allowsHost = createHostCheck(config.allowedHosts);
  // Vite checks the Host of its own requests too, with the same rules for these names.
  const vite = await createVite({
    server: { middlewareMode: true, hmr: { server }, allowedHosts: config.allowedHosts },
    appType: 'spa',
  });
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const { pathname, query } = splitTarget(req.url ?? '/');
    if (refuseUnknownHost(allowsHost, req, res, isApiPath(pathname))) return;
    if (!isApiPath(pathname)) {
      vite.middlewares(req, res);
      return;
    }
    if (config.log) logRequest(req, res, pathname);
    api.handle(req, res, pathname, query);
  });
  server.listen(config.port, config.host, () => {
    console.log(describeDemo(`http://${config.host}:${config.port}`));
  });
  const stop = () => {
    void vite.close().then(() => closeServer(server, api.db).then(() => process.exit(0)));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

dev().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
