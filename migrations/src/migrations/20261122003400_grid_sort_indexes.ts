import type { Knex } from 'knex';
import { rawAll } from '../lib/schema.js';

// The Amazon orders and Sales > Orders grids sort over all pages on the server, with the id as tie-breaker
// (ORDER BY column, id LIMIT 25). Columns with few distinct values (status, channel, reserved) or no btree
// yet get one on (column, id), so the first page is an index scan rather than a sort of the whole table.
const INDEXES: readonly [name: string, definition: string][] = [
  ['amazon_orders_status_order_id_index', 'amazon_orders (status, amazon_order_id)'],
  ['amazon_orders_buyer_name_order_id_index', 'amazon_orders (buyer_name, amazon_order_id)'],
  [
    'amazon_orders_fulfillment_channel_order_id_index',
    'amazon_orders (fulfillment_channel, amazon_order_id)',
  ],
  [
    'amazon_orders_items_unshipped_order_id_index',
    'amazon_orders (number_of_items_unshipped, amazon_order_id)',
  ],
  ['amazon_orders_reserved_order_id_index', 'amazon_orders (inventory_reserved, amazon_order_id)'],
  ['sales_orders_status_id_index', 'sales_orders (status, id)'],
  ['sales_orders_channel_id_index', 'sales_orders (channel, id)'],
  ['sales_orders_grand_total_id_index', 'sales_orders (grand_total, id)'],
  ['sales_orders_customer_name_id_index', 'sales_orders (customer_name, id)'],
];

export async function up(knex: Knex): Promise<void> {
  await rawAll(
    knex,
    INDEXES.map(([name, definition]) => `create index ${name} on ${definition}`),
  );
}

export async function down(knex: Knex): Promise<void> {
  await rawAll(
    knex,
    INDEXES.map(([name]) => `drop index ${name}`),
  );
}
