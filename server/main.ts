/**
 * `npm start`: the production server. With FOCUS_WORKERS above 1 (the default on a machine with several
 * cores) a primary process seeds the database, then forks that many workers that share the port; each
 * has its own SQLite connection, which WAL lets read side by side while writes take turns.
 */
import cluster from 'node:cluster';
import { fileURLToPath } from 'node:url';
import { createAppServer } from './app.ts';
import { loadConfig, type ServerConfig } from './config.ts';
import { describeDemo, ensureDemoData } from './demo/startup.ts';

function announce(config: ServerConfig): void {
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  if (config.upstreamUrl) {
    console.log(`Focus dashboard: ${url}\nForwarding /api to ${config.upstreamUrl}`);
    return;
  }
  console.log(describeDemo(url));
  if (config.quotaPerHour) console.log(`Quota emulation: ${config.quotaPerHour} requests per user per hour`);
}

/** Serves from this process until a signal (or, in a worker, its primary) stops it; resolves once listening. */
function serve(config: ServerConfig): Promise<void> {
  const app = createAppServer({
    dbPath: config.dbPath,
    staticDir: fileURLToPath(new URL('../dist', import.meta.url)),
    upstreamUrl: config.upstreamUrl,
    quotaPerHour: config.quotaPerHour,
    log: config.log,
    sourceMaps: config.sourceMaps,
    proxyDeadlineMs: config.proxyDeadlineMs,
    proxyIdleMs: config.proxyIdleMs,
    allowedHosts: config.allowedHosts,
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    if (cluster.isPrimary) console.log(`${signal}: shutting down`);
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  // A worker is told to stop by its primary through the IPC channel closing.
  if (cluster.isWorker) process.on('disconnect', () => stop('disconnect'));
  return new Promise((listening, fail) => {
    app.server.once('error', fail);
    app.server.listen(config.port, config.host, () => listening());
  });
}

async function primary(config: ServerConfig): Promise<void> {
  if (!config.upstreamUrl && (await ensureDemoData(config.dbPath))) {
    console.log(`Seeded demo data into ${config.dbPath}`);
  }
  if (config.workers === 1) {
    await serve(config);
    announce(config);
    return;
  }

  let stopping = false;
  const listening = new Set<number>();
  let announced = false;
  const fork = () => {
    const worker = cluster.fork();
    worker.once('listening', () => {
      listening.add(worker.id);
      if (!announced && listening.size === config.workers) {
        announced = true;
        announce(config);
        console.log(`${config.workers} server processes (FOCUS_WORKERS)`);
      }
    });
  };
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`server process ${worker.process.pid} stopped (${signal ?? `exit code ${code}`})`);
    // One that never got as far as listening would fail again: stop rather than restart it in a loop.
    if (!listening.delete(worker.id)) {
      console.error('It stopped before it was listening; shutting down.');
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.kill();
      process.exitCode = 1;
      return;
    }
    fork();
  });
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    // Disconnecting lets each worker finish what it is answering (see serve) before it exits.
    for (const w of Object.values(cluster.workers ?? {})) w?.disconnect();
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  // The workers are the parallelism: V8's parallel garbage-collector threads would compete with them (and
  // with anything else on a small machine) for the same cores, and a collection waiting for its helper
  // threads to be scheduled is a pause every request in flight waits through. Measured with
  // `npm run bench:api` on 2 cores: open-loop p99 at 2,000 pages/s 7–9 ms with this, 9–20 ms without.
  cluster.setupPrimary({ execArgv: [...process.execArgv, '--single-threaded-gc'] });
  for (let i = 0; i < config.workers; i++) fork();
}

let config: ServerConfig;
try {
  config = loadConfig();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
(cluster.isPrimary ? primary(config) : serve(config)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
