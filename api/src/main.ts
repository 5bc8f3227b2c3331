import path from 'node:path';
import { migrate } from '@orderdesk/migrations';
import { deleteExpiredSessions } from './auth/repository.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { bootstrapDemo, demoLoginBanner } from './demo/bootstrap.js';
import { startSandboxProcess, type SandboxProcess } from './demo/sandbox-process.js';
import { declareQueues } from './jobs/queues.js';
import { startJobEngine } from './jobs/job-engine.js';
import { createLogger } from './logger.js';
import { buildServer } from './server.js';
import { createServices } from './services.js';
import type { Server } from 'node:http';

/** Boot: config -> database -> migrate -> (demo data) -> jobs -> http. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    embeddedDataDir: path.join(config.dataDir, 'pgdata'),
    poolMax: config.databasePoolMax,
    logger,
  });
  logger.info({ database: db.kind, role: config.processRole }, 'database connected');
  const applied = await migrate(db.knex);
  if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');
  let sandbox: SandboxProcess | null = null;
  if (config.demo) {
    await bootstrapDemo(db.knex, config, logger);
    sandbox = await startSandboxProcess(
      { port: config.sandboxPort, orderRate: config.demoOrderRate },
      logger,
    );
  }

  // pg-boss 10 completes a finished job without awaiting it; if that write fails (the database went away
  // for a moment), the job is not lost (it expires and runs again, and our handlers are idempotent), so
  // the process logs it and stays up rather than dying on an unhandled rejection.
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'unhandled rejection: logged, the process carries on');
  });
  const services = createServices(db.knex, logger, config);
  const boss = await startJobEngine(db, logger, { maxConnections: 4 });
  await declareQueues(boss);
  if (config.processRole !== 'api') {
    // Loaded only here: an api-role process never loads the workers (sync, SP-API client; a chunk of its own).
    const { startWorkers } = await import('./jobs/workers.js');
    await startWorkers(boss, services);
    logger.info({ role: config.processRole }, 'workers started');
  }

  let server: Server | null = null;
  if (config.processRole !== 'worker') {
    const { app } = buildServer({
      knex: db.knex,
      boss,
      secretBox: services.secretBox,
      logger,
      sessionTtlMs: config.sessionTtlMs,
      loginMaxFailures: config.loginMaxFailures,
      trustProxy: config.trustProxy,
      adminUiDist: config.adminUiDist,
      smtpUrl: config.smtpUrl,
      listExactCountLimit: config.listExactCountLimit,
    });
    server = app.listen(config.port, config.host);
    await new Promise<void>((resolve, reject) => {
      server!.once('listening', resolve);
      server!.once('error', reject);
    });
    const url = `http://localhost:${config.port}`;
    logger.info({ url }, 'Order Desk listening');
    if (config.demo) process.stdout.write(demoLoginBanner(url, config.demoPassword));
  }

  const sweeper = setInterval(() => {
    deleteExpiredSessions(db.knex).catch((error: unknown) =>
      logger.warn({ err: error }, 'session sweep failed'),
    );
  }, 3600_000);
  sweeper.unref();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    if (server) {
      const closed = new Promise((resolve) => server!.close(resolve));
      server.closeAllConnections();
      await closed;
    }
    await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    await Promise.all([db.close(), sandbox?.stop()]);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT').catch(() => process.exit(1)));
  process.on('SIGTERM', () => void stop('SIGTERM').catch(() => process.exit(1)));
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Order Desk could not start: ${message}\n`);
  if (!(error instanceof ConfigError)) console.error(error);
  process.exit(1);
});
