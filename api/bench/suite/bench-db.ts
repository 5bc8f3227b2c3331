// The benchmark's database, kept between runs and seeded again only when it holds another number of orders
// (or with --reseed): on DATABASE_URL's server a database of its own, else an embedded PGlite under
// .data-bench/ (served on a loopback socket by this process, so the API child can connect to it).
import fs from 'node:fs';
import path from 'node:path';
import { pino } from 'pino';
import { migrate } from '@orderdesk/migrations';
import { repoRoot } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { bootstrapDemo } from '../../src/demo/bootstrap.js';
import { DEMO_PASSWORD, SECRET_KEY, openBenchDatabase } from '../seed/bench-database.js';
import { seedOrders, type SeedCounts } from '../seed/seed-orders.js';
import type { BenchOptions } from './options.js';

export interface SeedFigures {
  /** False when the database already held the orders asked for. */
  seededNow: boolean;
  seconds: number | null;
  counts: SeedCounts | null;
  databaseSizeMb: number | null;
}

const logger = pino({ level: 'warn' });

export async function openSeededDatabase(
  options: BenchOptions,
  log: (message: string) => void,
): Promise<{ db: Database; seed: SeedFigures }> {
  let db = await openBenchDb(options, options.reseed);
  const held = await amazonOrderCount(db);
  let seed: SeedFigures = { seededNow: false, seconds: null, counts: null, databaseSizeMb: null };
  if (held !== options.orders) {
    if (held > 0) {
      log(`the database holds ${held} Amazon orders, not ${options.orders}: seeding it anew`);
      await db.close();
      db = await openBenchDb(options, true);
    }
    log(`seeding ${options.orders} Amazon orders into ${options.database}…`);
    const started = performance.now();
    const counts = await seedOrders(db.knex, {
      orders: options.orders,
      onProgress: (m) => log(`seed: ${m}`),
    });
    seed = {
      seededNow: true,
      seconds: round1((performance.now() - started) / 1000),
      counts,
      databaseSizeMb: null,
    };
    log(`seeded in ${seed.seconds} s: ${JSON.stringify(counts)}`);
  } else log(`${options.database} already holds ${held} Amazon orders (--reseed to seed again)`);
  seed.databaseSizeMb = await databaseSizeMb(db);
  return { db, seed };
}

async function openBenchDb(options: BenchOptions, fresh: boolean): Promise<Database> {
  if (options.serverUrl) return openBenchDatabase(options.serverUrl, options.database, { fresh });
  const dir = embeddedDataDir(options);
  if (fresh) fs.rmSync(dir, { recursive: true, force: true });
  const db = await openDatabase({
    databaseUrl: undefined,
    embeddedDataDir: path.join(dir, 'pgdata'),
    poolMax: 1,
    logger,
  });
  await migrate(db.knex);
  await bootstrapDemo(
    db.knex,
    { demoPassword: DEMO_PASSWORD, sandboxPort: 3999, secretKey: SECRET_KEY },
    logger,
  );
  return db;
}

/** The embedded database's DATA_DIR (its files in pgdata/ inside, as the API keeps them). */
export const embeddedDataDir = (options: BenchOptions) =>
  path.join(repoRoot, '.data-bench', options.database);

async function amazonOrderCount(db: Database): Promise<number> {
  return Number((await db.knex('amazon_orders').count({ count: '*' }).first())?.count ?? 0);
}

async function databaseSizeMb(db: Database): Promise<number | null> {
  try {
    const { rows } = await db.knex.raw<{ rows: { size: number }[] }>(
      'select pg_database_size(current_database()) as size',
    );
    return Math.round(Number(rows[0]!.size) / 1e6);
  } catch {
    return null;
  }
}

const round1 = (n: number) => Math.round(n * 10) / 10;
