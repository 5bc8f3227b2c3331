import type { Knex } from 'knex';
import { rawAll } from '../lib/schema.js';

// The search box matches part of a name (ILIKE '%smi%' on a trigram index). PostgreSQL estimates how many rows
// match from the column's statistics: with the default sample (100 values) nearly every part looks rare, so
// the planner sorts thousands of matches where walking the date index would find the page sooner, and a
// list's estimated total (shown past the exact-count limit) is far off. A sample of 1,000 names fixes both.
const COLUMNS: readonly [table: string, column: string][] = [
  ['amazon_orders', 'buyer_name'],
  ['sales_orders', 'customer_name'],
];

export async function up(knex: Knex): Promise<void> {
  await rawAll(
    knex,
    COLUMNS.map(([table, column]) => `alter table ${table} alter column ${column} set statistics 1000`),
  );
}

export async function down(knex: Knex): Promise<void> {
  await rawAll(
    knex,
    COLUMNS.map(([table, column]) => `alter table ${table} alter column ${column} set statistics -1`),
  );
}
