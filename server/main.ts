import { fileURLToPath } from 'node:url';
import { createAppServer } from './app.ts';
import { loadConfig } from './config.ts';
import { describeDemo, ensureDemoData } from './demo/startup.ts';

async function main() {
  const config = loadConfig();
  if (!config.upstreamUrl && (await ensureDemoData(config.dbPath))) {
    console.log(`Seeded demo data into ${config.dbPath}`);
  }
  const app = createAppServer({
    dbPath: config.dbPath,
    staticDir: fileURLToPath(new URL('../dist', import.meta.url)),
    upstreamUrl: config.upstreamUrl,
    quotaPerHour: config.quotaPerHour,
    log: config.log,
  });
  app.server.listen(config.port, config.host, () => {
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
    if (config.upstreamUrl) {
      console.log(`Focus dashboard: ${url}\nForwarding /api to ${config.upstreamUrl}`);
      return;
    }
    console.log(describeDemo(url));
    if (config.quotaPerHour)
      console.log(`Quota emulation: ${config.quotaPerHour} requests per user per hour`);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
