import type { Knex } from 'knex';
import { rawAll } from '../lib/schema.js';

// The grids read a page in two steps (api/src/http/list-query.ts): the row ids of the page, sorted and skipped
// over on an index alone, then those rows. The Amazon grid's tie-breaker becomes the row id (amazon_orders.id,
// as in Sales > Orders), so each sort index ends with it, and the indexes that pair a filter with the default
// sort (store or status, newest first) carry it too: page 2,000 then skips 50,000 index entries and reads
// no row. Sorting by store or by order number, and a status by total, get an index of their own.
const REPLACED: readonly [name: string, before: string, after: string][] = [
  [
    'amazon_orders_store_id_purchase_date_index',
    'amazon_orders (store_id, purchase_date desc)',
    'amazon_orders (store_id, purchase_date desc, id desc)',
  ],
  [
    'amazon_orders_status_purchase_date_index',
    'amazon_orders (status, purchase_date desc)',
    'amazon_orders (status, purchase_date desc, id desc)',
  ],
  [
    'amazon_orders_last_update_date_index',
    'amazon_orders (last_update_date)',
    'amazon_orders (last_update_date, id)',
  ],
  [
    'amazon_orders_latest_ship_date_index',
    'amazon_orders (latest_ship_date)',
    'amazon_orders (latest_ship_date, id)',
  ],
  ['amazon_orders_order_total_index', 'amazon_orders (order_total)', 'amazon_orders (order_total, id)'],
  [
    'amazon_orders_buyer_cancel_requested_index',
    'amazon_orders (purchase_date desc) where buyer_cancel_requested',
    'amazon_orders (purchase_date desc, id desc) where buyer_cancel_requested',
  ],
  // A date range sorted by total: the range's totals come from the index, no row is read to sort them.
  [
    'amazon_orders_purchase_date_index',
    'amazon_orders (purchase_date desc, id desc)',
    'amazon_orders (purchase_date desc, id desc) include (order_total)',
  ],
  [
    'sales_orders_created_at_index',
    'sales_orders (created_at desc, id desc)',
    'sales_orders (created_at desc, id desc) include (grand_total)',
  ],
  [
    'sales_orders_status_created_at_index',
    'sales_orders (status, created_at desc)',
    'sales_orders (status, created_at desc, id desc)',
  ],
];

// Migration 3400's sort indexes, with the order number as tie-breaker: now the row id.
const RENAMED: readonly [before: string, after: string, column: string][] = [
  ['amazon_orders_status_order_id_index', 'amazon_orders_status_id_index', 'status'],
  ['amazon_orders_buyer_name_order_id_index', 'amazon_orders_buyer_name_id_index', 'buyer_name'],
  [
    'amazon_orders_fulfillment_channel_order_id_index',
    'amazon_orders_fulfillment_channel_id_index',
    'fulfillment_channel',
  ],
  [
    'amazon_orders_items_unshipped_order_id_index',
    'amazon_orders_items_unshipped_id_index',
    'number_of_items_unshipped',
  ],
  ['amazon_orders_reserved_order_id_index', 'amazon_orders_reserved_id_index', 'inventory_reserved'],
];

const ADDED: readonly [name: string, definition: string][] = [
  ['amazon_orders_store_id_id_index', 'amazon_orders (store_id, id)'],
  ['amazon_orders_order_number_id_index', 'amazon_orders (amazon_order_id, id)'],
  // The status tabs sorted by total (Unshipped, biggest first), the other common pair.
  ['amazon_orders_status_order_total_index', 'amazon_orders (status, order_total, id)'],
  // Web orders (one in twenty), newest first.
  ['sales_orders_channel_created_at_index', 'sales_orders (channel, created_at desc, id desc)'],
];

export async function up(knex: Knex): Promise<void> {
  await rawAll(knex, [
    ...REPLACED.flatMap(([name, , after]) => [`drop index ${name}`, `create index ${name} on ${after}`]),
    ...RENAMED.flatMap(([before, after, column]) => [
      `drop index ${before}`,
      `create index ${after} on amazon_orders (${column}, id)`,
    ]),
    ...ADDED.map(([name, definition]) => `create index ${name} on ${definition}`),
  ]);
}

export async function down(knex: Knex): Promise<void> {
  await rawAll(knex, [
    ...ADDED.map(([name]) => `drop index ${name}`),
    ...RENAMED.flatMap(([before, after, column]) => [
      `drop index ${after}`,
      `create index ${before} on amazon_orders (${column}, amazon_order_id)`,
    ]),
    ...REPLACED.flatMap(([name, before]) => [`drop index ${name}`, `create index ${name} on ${before}`]),
  ]);
}
