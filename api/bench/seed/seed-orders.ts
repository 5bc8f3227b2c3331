// Seeds a database with many orders quickly, set-based (INSERT ... SELECT FROM generate_series, a batch of
// order numbers per statement): Amazon orders of three stores with their items, the Commerce orders of the
// imported ones with their items, shipments with tracking (ours and what was confirmed to Amazon), and
// web orders. Realistic spreads: status (open orders only in the last two weeks), store, fulfillment
// channel, two years of purchase dates, skewed buyer names and SKUs. For benchmarks on a database of their
// own (`pnpm bench`, `pnpm bench:search`, `bench:grid`).
import type { Knex } from 'knex';
import { buyerNames, type CatalogShape } from './order-shapes.js';
import { amazonBatchStatements, nameTables, type Names } from './seed-statements.js';
import { webBatchStatements } from './seed-web-statements.js';

export interface SeedOptions {
  /** Amazon orders to add. */
  orders: number;
  /** SKUs sold (default 2,000). */
  skus?: number;
  /** Web orders as a share of the Amazon orders (default 0.05). */
  webShare?: number;
  /** Orders per statement (default 50,000). */
  batch?: number;
  onProgress?: (message: string) => void;
}

export interface SeedCounts {
  amazonOrders: number;
  amazonItems: number;
  commerceOrders: number;
  commerceItems: number;
  shipments: number;
}

const SEEDED_TABLES = [
  'amazon_orders',
  'amazon_order_items',
  'amazon_order_tracking',
  'sales_orders',
  'sales_order_items',
  'sales_shipments',
  'sales_shipment_items',
  'sales_shipment_tracks',
];

/** The three stores orders are spread over (70/20/10 %): the first store, plus two made here if missing. */
const BENCH_STORES = [
  { name: 'Bench Store UK', seller_id: 'A2BENCHSELLER02', marketplace_id: 'A1F83G8C2ARO7P', region: 'eu' },
  { name: 'Bench Store DE', seller_id: 'A2BENCHSELLER03', marketplace_id: 'A1PA6795UKMFR9', region: 'eu' },
];

export async function seedOrders(knex: Knex, options: SeedOptions): Promise<SeedCounts> {
  const log = options.onProgress ?? (() => {});
  const catalog: CatalogShape = { skus: options.skus ?? 2000 };
  const batch = options.batch ?? 50_000;
  const buyers = buyerNames();
  const names: Names = { first: buyers.first.length, last: buyers.last.length };
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  await knex.transaction(async (trx) => {
    await trx.raw("set local maintenance_work_mem = '512MB'");
    await trx.raw('set local synchronous_commit = off');
    // The statements' estimated costs are huge (millions of rows through functions), so PostgreSQL would
    // JIT-compile each one: seconds of compiling for a statement that runs in under one.
    await trx.raw('set local jit = off');
    for (const statement of nameTables(buyers.first, buyers.last))
      await trx.raw(statement.sql, statement.bindings);
    const stores = await benchStores(trx);
    const first: number = (await trx('amazon_orders').max({ max: 'id' }).first())?.max ?? 0;
    // An empty database loads faster without its indexes and foreign keys (a check per row); they are
    // built and validated once at the end, with the definitions they had.
    const fresh = Number(first) === 0;
    const indexes = fresh ? await dropIndexes(trx) : [];
    const foreignKeys = fresh ? await dropForeignKeys(trx) : [];
    const last = Number(first) + options.orders;
    for (let from = Number(first) + 1; from <= last; from += batch) {
      const to = Math.min(last, from + batch - 1);
      const params = { from, to, last, stores, names, catalog };
      for (const statement of amazonBatchStatements(params)) await trx.raw(statement.sql, statement.bindings);
      log(`amazon orders ${to - Number(first)}/${options.orders} (${elapsed()})`);
    }
    const web = Math.round(options.orders * (options.webShare ?? 0.05));
    for (let done = 0; done < web; done += batch) {
      const count = Math.min(batch, web - done);
      for (const statement of webBatchStatements({ count, names, catalog, salt: Number(first) + done }))
        await trx.raw(statement.sql, statement.bindings);
      log(`web orders ${done + count}/${web} (${elapsed()})`);
    }
    for (const definition of indexes) await trx.raw(definition);
    if (indexes.length) log(`${indexes.length} indexes built (${elapsed()})`);
    for (const definition of foreignKeys) await trx.raw(definition);
    if (foreignKeys.length) log(`${foreignKeys.length} foreign keys validated (${elapsed()})`);
    await trx.raw(`select setval('amazon_orders_id_seq', (select max(id) from amazon_orders))`);
  });
  for (const table of SEEDED_TABLES) await knex.raw(`vacuum analyze ${table}`);
  log(`vacuum analyze done (${elapsed()})`);
  return seedCounts(knex);
}

async function benchStores(trx: Knex.Transaction): Promise<number[]> {
  const existing = await trx('amazon_stores').orderBy('id').first('id', 'credentials_encrypted');
  if (!existing) throw new Error('seedOrders needs a store first (the demo seed makes one)');
  await trx('amazon_stores')
    .insert(
      BENCH_STORES.map((store) => ({
        ...store,
        credentials_encrypted: existing.credentials_encrypted,
        is_active: false,
      })),
    )
    .onConflict(['seller_id', 'marketplace_id'])
    .ignore();
  const bench = await trx('amazon_stores')
    .whereIn(
      'seller_id',
      BENCH_STORES.map((store) => store.seller_id),
    )
    .orderBy('seller_id')
    .pluck('id');
  return [existing.id as number, ...(bench as number[])];
}

/** Drops the seeded tables' plain indexes (not those behind constraints) and answers their definitions. */
async function dropIndexes(trx: Knex.Transaction): Promise<string[]> {
  const { rows } = await trx.raw<{ rows: { name: string; definition: string }[] }>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i join pg_class t on t.oid = i.indrelid
      where t.relname = any(?) and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
    [SEEDED_TABLES],
  );
  for (const { name } of rows) await trx.raw(`drop index ${name}`);
  return rows.map((row) => row.definition);
}

/** Drops the foreign keys of the seeded tables and answers the statements that add them back. */
async function dropForeignKeys(trx: Knex.Transaction): Promise<string[]> {
  const { rows } = await trx.raw<{ rows: { table: string; name: string; definition: string }[] }>(
    `select c.conrelid::regclass::text as table, c.conname as name, pg_get_constraintdef(c.oid) as definition
       from pg_constraint c join pg_class t on t.oid = c.conrelid
      where c.contype = 'f' and t.relname = any(?)`,
    [SEEDED_TABLES],
  );
  for (const { table, name } of rows) await trx.raw(`alter table ${table} drop constraint ${name}`);
  return rows.map(
    ({ table, name, definition }) => `alter table ${table} add constraint ${name} ${definition}`,
  );
}

async function seedCounts(knex: Knex): Promise<SeedCounts> {
  const count = async (table: string) =>
    Number((await knex(table).count({ count: '*' }).first())?.count ?? 0);
  return {
    amazonOrders: await count('amazon_orders'),
    amazonItems: await count('amazon_order_items'),
    commerceOrders: await count('sales_orders'),
    commerceItems: await count('sales_order_items'),
    shipments: await count('sales_shipments'),
  };
}
