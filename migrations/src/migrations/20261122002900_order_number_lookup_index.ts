import type { Knex } from 'knex';
import { rawAll } from '../lib/schema.js';

// Sync looks orders up by AmazonOrderId a page at a time. On a table that a sync has just filled (no
// statistics yet), the planner sent those lookups through the trigram index on amazon_order_id and read
// its whole GIN pending list once per value: seconds per page. Order numbers are searched whole or by
// their start, which a text_pattern_ops btree answers (equality and LIKE 'prefix%'); the trigram index
// goes. The remaining trigram indexes (buyer name and e-mail) keep a smaller pending list, so a search
// never reads more than about a megabyte of unsorted entries.
const TRIGRAM_INDEXES = ['amazon_orders_buyer_name_trgm_index', 'amazon_orders_buyer_email_trgm_index'];

export async function up(knex: Knex): Promise<void> {
  await rawAll(knex, [
    'drop index amazon_orders_amazon_order_id_trgm_index',
    'drop index amazon_orders_amazon_order_id_index',
    'create index amazon_orders_amazon_order_id_index on amazon_orders (amazon_order_id text_pattern_ops)',
    ...TRIGRAM_INDEXES.map((index) => `alter index ${index} set (gin_pending_list_limit = 1024)`),
  ]);
}

export async function down(knex: Knex): Promise<void> {
  await rawAll(knex, [
    ...TRIGRAM_INDEXES.map((index) => `alter index ${index} reset (gin_pending_list_limit)`),
    'drop index amazon_orders_amazon_order_id_index',
    'create index amazon_orders_amazon_order_id_index on amazon_orders (amazon_order_id)',
    `create index amazon_orders_amazon_order_id_trgm_index on amazon_orders using gin (amazon_order_id gin_trgm_ops)`,
  ]);
}
