// The benchmark's database, kept between runs and seeded again only when it holds another number of orders
// (or with --reseed): on DATABASE_URL's server a database of its own, else an embedded PGlite under
// .data-bench/ (closed by this process while the API child opens its files).
import type { Database } from '../../src/db/database.js';
import { openBenchDatabase } from '../seed/bench-database.js';
import { seedOrders, type SeedCounts } from '../seed/seed-orders.js';
import type { BenchOptions } from './options.js';

export interface SeedFigures {
  /** False when the database already held the orders asked for. */
  seededNow: boolean;
  seconds: number | null;
  counts: SeedCounts | null;
  databaseSizeMb: number | null;
}

/** The benchmark's database holding `orders` Amazon orders: opened as it is, or seeded (anew). */
export async function openSeededDatabase(
  options: Pick<BenchOptions, 'serverUrl' | 'database' | 'orders' | 'reseed'>,
  log: (message: string) => void,
): Promise<{ db: Database; seed: SeedFigures }> {
  const open = (fresh: boolean) => openBenchDatabase(options.serverUrl, options.database, { fresh });
  let db = await open(options.reseed);
  const held = await amazonOrderCount(db);
  let seed: SeedFigures = { seededNow: false, seconds: null, counts: null, databaseSizeMb: null };
  if (held !== options.orders) {
    if (held > 0) {
      log(`the database holds ${held} Amazon orders, not ${options.orders}: seeding it anew`);
      await db.close();
      db = await open(true);
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
