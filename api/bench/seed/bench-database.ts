// A benchmark's own database, kept between runs (seeding a million orders takes minutes): on DATABASE_URL's
// server a database of its own, else an embedded PGlite under .data-bench/; migrated, with the demo users
// and store, and served by the real API on a loopback port.
import fs from 'node:fs';
import path from 'node:path';
import knexFactory from 'knex';
import { pino } from 'pino';
import { migrate } from '@orderdesk/migrations';
import { repoRoot } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { bootstrapDemo } from '../../src/demo/bootstrap.js';
import { startApiServer, type ApiServer, type ApiServerOptions } from '../../test/support/test-server.js';

export const DEMO_PASSWORD = 'bench-demo-password';
export const SECRET_KEY = 'bench-secret-key-bench-secret-key-0123456789';
const logger = pino({ level: 'warn' });

/**
 * Opens database `name` on the server of `serverUrl` (null: the embedded PGlite under .data-bench/<name>),
 * creating it (or dropping and creating it: fresh), migrated and bootstrapped with the demo data.
 */
export async function openBenchDatabase(
  serverUrl: string | null,
  name: string,
  options: { fresh: boolean },
): Promise<Database> {
  const db = serverUrl
    ? await openOnServer(serverUrl, name, options.fresh)
    : await openEmbedded(name, options.fresh);
  await migrate(db.knex);
  await bootstrapDemo(
    db.knex,
    { demoPassword: DEMO_PASSWORD, sandboxPort: 3999, secretKey: SECRET_KEY },
    logger,
  );
  return db;
}

/** The embedded database's DATA_DIR (its files in pgdata/ inside, as the API keeps them). */
export const embeddedDataDir = (name: string) => path.join(repoRoot, '.data-bench', name);

async function openOnServer(serverUrl: string, name: string, fresh: boolean): Promise<Database> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  const admin = knexFactory({ client: 'pg', connection: serverUrl, pool: { min: 0, max: 1 } });
  try {
    if (fresh) await admin.raw(`drop database if exists ${name} with (force)`);
    const { rows } = await admin.raw<{ rows: unknown[] }>('select 1 from pg_database where datname = ?', [
      name,
    ]);
    if (rows.length === 0) await admin.raw(`create database ${name}`);
  } finally {
    await admin.destroy();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return openDatabase({ databaseUrl: url.toString(), embeddedDataDir: '', poolMax: 10, logger });
}

async function openEmbedded(name: string, fresh: boolean): Promise<Database> {
  const dir = embeddedDataDir(name);
  if (fresh) fs.rmSync(dir, { recursive: true, force: true });
  return openDatabase({
    databaseUrl: undefined,
    embeddedDataDir: path.join(dir, 'pgdata'),
    poolMax: 1,
    logger,
  });
}

/** The API (its workers too if asked) over the bench database, on a loopback port; the panel too if given. */
export function startBenchApi(
  db: Database,
  options: Pick<ApiServerOptions, 'adminUiDist' | 'port' | 'listExactCountLimit' | 'workers'> = {},
): Promise<ApiServer> {
  return startApiServer(db, { ...options, logger, demoPassword: DEMO_PASSWORD, secretKey: SECRET_KEY });
}
