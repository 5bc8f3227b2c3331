import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Express } from 'express';
import type { Knex } from 'knex';
import { pino, type Logger } from 'pino';
import type PgBoss from 'pg-boss';
import { migrate } from '@orderdesk/migrations';
import { startJobEngine } from '../../src/jobs/job-engine.js';
import { declareQueues } from '../../src/jobs/queues.js';
import { startWorkers } from '../../src/jobs/workers.js';
import { createServices, type Services } from '../../src/services.js';
import { bootstrapDemo } from '../../src/demo/bootstrap.js';
import { buildServer } from '../../src/server.js';
import type { Database } from '../../src/db/database.js';
import { ApiClient } from './api-client.js';
import { openTestDatabase } from './test-database.js';

export const DEMO_PASSWORD = 'test-demo-password';
export const SECRET_KEY = 'test-secret-key-test-secret-key-0123456789';

export interface ApiServer {
  url: string;
  /** The Express app itself, for walking its router. */
  app: Express;
  knex: Knex;
  boss: PgBoss;
  services: Services;
  /** A client with no session. */
  anonymous(): ApiClient;
  /** A client logged in as the demo user of that name (admin, manager, fulfillment, support). */
  loginAs(username: string): Promise<ApiClient>;
  /** Stops the server and the job engine; the database stays open. */
  close(): Promise<void>;
}

export type TestServer = ApiServer;

export interface ApiServerOptions {
  loginMaxFailures?: number;
  workers?: boolean;
  /** The SP-API client paces itself to the usage plans (default false: tests' sandboxes have none). */
  amazonRateLimits?: boolean;
  /** One call to Amazon's time limit (default the connector's 30 s). */
  amazonTimeoutMs?: number;
  /** Behind a TLS proxy (TRUST_PROXY=1); default false. */
  trustProxy?: boolean;
  /** The app's and jobs' logger (default silent), e.g. to read what gets logged. */
  logger?: Logger;
  /** Lists count exactly up to this many rows, then estimate (default 10,000). */
  listExactCountLimit?: number;
  /** The panel's build to serve too (default none). */
  adminUiDist?: string;
  /** Loopback port (default a free one). */
  port?: number;
  /** What the database was bootstrapped with (default the tests' DEMO_PASSWORD and SECRET_KEY). */
  demoPassword?: string;
  secretKey?: string;
}

/** The real API on a fresh database, migrated and seeded with the demo data, on a random loopback port. */
export async function startTestServer(
  options: Omit<ApiServerOptions, 'adminUiDist' | 'port' | 'demoPassword' | 'secretKey'> & {
    sandboxPort?: number;
  } = {},
): Promise<TestServer> {
  const db = await openTestDatabase();
  const logger = options.logger ?? pino({ level: 'silent' });
  await migrate(db.knex);
  await bootstrapDemo(
    db.knex,
    { demoPassword: DEMO_PASSWORD, sandboxPort: options.sandboxPort ?? 3999, secretKey: SECRET_KEY },
    logger,
  );
  const server = await startApiServer(db, { ...options, logger });
  return {
    ...server,
    close: async () => {
      await server.close();
      await db.close();
    },
  };
}

/**
 * The real API (and, with workers, the jobs' workers) over an open, bootstrapped database, on a loopback
 * port: what the tests and the benchmarks serve.
 */
export async function startApiServer(db: Database, options: ApiServerOptions = {}): Promise<ApiServer> {
  const logger = options.logger ?? pino({ level: 'silent' });
  const demoPassword = options.demoPassword ?? DEMO_PASSWORD;
  // Tests talk to a sandbox without usage plans, so the client need not pace itself either.
  const services = createServices(db.knex, logger, {
    secretKey: options.secretKey ?? SECRET_KEY,
    amazonRateLimits: options.amazonRateLimits ?? false,
    ...(options.amazonTimeoutMs === undefined ? {} : { amazonTimeoutMs: options.amazonTimeoutMs }),
    // Feeds in the test sandbox are processed in moments: poll them at that pace.
    feedPolling: { pollIntervalMs: 20, maxPollIntervalMs: 100, maxWaitMs: 10_000 },
  });
  const boss = await startJobEngine(db, logger, { maxConnections: 2 });
  await declareQueues(boss);
  if (options.workers) await startWorkers(boss, services);
  const { app } = buildServer({
    knex: db.knex,
    boss,
    secretBox: services.secretBox,
    logger,
    sessionTtlMs: 3600_000,
    loginMaxFailures: options.loginMaxFailures ?? 100,
    trustProxy: options.trustProxy ?? false,
    adminUiDist: options.adminUiDist ?? null,
    listExactCountLimit: options.listExactCountLimit,
  });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(options.port ?? 0, '127.0.0.1', () => resolve(listening));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    app,
    knex: db.knex,
    boss,
    services,
    anonymous: () => new ApiClient(url),
    loginAs: async (username) => {
      const client = new ApiClient(url);
      const res = await client.post('/api/auth/login', { username, password: demoPassword });
      if (res.status !== 200) throw new Error(`login as ${username} failed: ${res.status} ${res.text}`);
      return client;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await boss.stop({ graceful: false, wait: true, timeout: 5000 });
    },
  };
}
