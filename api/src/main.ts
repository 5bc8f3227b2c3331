import path from 'node:path';
import { migrate } from '@orderdesk/migrations';
import { deleteExpiredSessions } from './auth/repository.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { bootstrapDemo, demoLoginBanner } from './demo/bootstrap.js';
import { createLogger } from './logger.js';
import { buildServer } from './server.js';

/** Boot: config -> database -> migrate -> (demo data) -> http. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    embeddedDataDir: path.join(config.dataDir, 'pgdata'),
    poolMax: config.databasePoolMax,
    logger,
  });
  logger.info({ database: db.kind }, 'database connected');
  const applied = await migrate(db.knex);
  if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');
  if (config.demo) await bootstrapDemo(db.knex, config, logger);

  const { app } = buildServer({
    knex: db.knex,
    logger,
    sessionTtlMs: config.sessionTtlMs,
    loginMaxFailures: config.loginMaxFailures,
    trustProxy: config.trustProxy,
    adminUiDist: config.adminUiDist,
  });
  const server = app.listen(config.port, config.host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const url = `http://localhost:${config.port}`;
  logger.info({ url }, 'Order Desk listening');
  if (config.demo) process.stdout.write(demoLoginBanner(url, config.demoPassword));

  const sweeper = setInterval(() => {
    deleteExpiredSessions(db.knex).catch((error: unknown) =>
      logger.warn({ err: error }, 'session sweep failed'),
    );
  }, 3600_000);
  sweeper.unref();

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server.close(() => {
      db.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
    server.closeAllConnections();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`Order Desk could not start: ${message}\n`);
  if (!(error instanceof ConfigError)) console.error(error);
  process.exit(1);
});
