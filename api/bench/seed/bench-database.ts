// A benchmark's own database on DATABASE_URL's server, kept between runs (seeding a million orders takes
// minutes), migrated, with the demo users and store, and served by the real API on a loopback port.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import knexFactory from 'knex';
import { pino } from 'pino';
import type PgBoss from 'pg-boss';
import { migrate } from '@orderdesk/migrations';
import { openDatabase, type Database } from '../../src/db/database.js';
import { bootstrapDemo } from '../../src/demo/bootstrap.js';
import { startJobEngine } from '../../src/jobs/job-engine.js';
import { buildServer } from '../../src/server.js';
import { ApiClient } from '../../test/support/api-client.js';

export const DEMO_PASSWORD = 'bench-demo-password';
export const SECRET_KEY = 'bench-secret-key-bench-secret-key-0123456789';
const logger = pino({ level: 'warn' });

/** Opens database `name` on the server of `serverUrl`, creating it (or dropping and creating it: fresh). */
export async function openBenchDatabase(
  serverUrl: string,
  name: string,
  options: { fresh: boolean },
): Promise<Database> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  const admin = knexFactory({ client: 'pg', connection: serverUrl, pool: { min: 0, max: 1 } });
  try {
    if (options.fresh) await admin.raw(`drop database if exists ${name} with (force)`);
    const { rows } = await admin.raw<{ rows: unknown[] }>('select 1 from pg_database where datname = ?', [
      name,
    ]);
    if (rows.length === 0) await admin.raw(`create database ${name}`);
  } finally {
    await admin.destroy();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), embeddedDataDir: '', poolMax: 10, logger });
  await migrate(db.knex);
  await bootstrapDemo(
    db.knex,
    { demoPassword: DEMO_PASSWORD, sandboxPort: 3999, secretKey: SECRET_KEY },
    logger,
  );
  return db;
}

export interface BenchApi {
  url: string;
  loginAs(username: string): Promise<ApiClient>;
  close(): Promise<void>;
}

/** The API (HTTP only, no workers) over the database, on a random loopback port; the panel too if given. */
export async function startBenchApi(
  db: Database,
  options: { adminUiDist?: string; port?: number; listExactCountLimit?: number } = {},
): Promise<BenchApi> {
  const boss: PgBoss = await startJobEngine(db, logger, { maxConnections: 2 });
  const { app } = buildServer({
    knex: db.knex,
    boss,
    logger,
    sessionTtlMs: 3600_000,
    loginMaxFailures: 100,
    trustProxy: false,
    adminUiDist: options.adminUiDist ?? null,
    listExactCountLimit: options.listExactCountLimit,
  });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(options.port ?? 0, '127.0.0.1', () => resolve(listening));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    loginAs: async (username) => {
      const client = new ApiClient(url);
      const res = await client.post('/api/auth/login', { username, password: DEMO_PASSWORD });
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
