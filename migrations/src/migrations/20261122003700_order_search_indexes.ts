import type { Knex } from 'knex';
import { rawAll } from '../lib/schema.js';

// The order grids' search box (filter.q) asks one indexed question per key. E-mails are matched whole or by
// their start whatever the case: lower(email) with text_pattern_ops answers both (= and LIKE 'start%').
// SKUs and tracking numbers are matched whole whatever the case: lower(...) btrees replace the plain ones,
// which nothing else reads; the SKU ones carry the order id (and the SKU, so that PostgreSQL may answer from
// the index alone), for a best-selling SKU lists thousands of orders. Nothing searches inside e-mails, so
// their trigram index goes (one GIN index fewer to keep up on every synced order). The Commerce name's
// trigram index gets the same small pending list as the Amazon one (migration 2900).
const REPLACED: readonly [name: string, table: string, before: string, after: string][] = [
  [
    'amazon_orders_buyer_email_index',
    'amazon_orders',
    '(lower(buyer_email))',
    '(lower(buyer_email) text_pattern_ops)',
  ],
  [
    'sales_orders_customer_email_index',
    'sales_orders',
    '(lower(customer_email))',
    '(lower(customer_email) text_pattern_ops)',
  ],
  [
    'amazon_order_items_seller_sku_index',
    'amazon_order_items',
    '(seller_sku)',
    '(lower(seller_sku)) include (seller_sku, order_id)',
  ],
  ['sales_order_items_sku_index', 'sales_order_items', '(sku)', '(lower(sku)) include (sku, order_id)'],
  [
    'amazon_order_tracking_tracking_number_index',
    'amazon_order_tracking',
    '(tracking_number)',
    '(lower(tracking_number))',
  ],
  [
    'sales_shipment_tracks_track_number_index',
    'sales_shipment_tracks',
    '(track_number)',
    '(lower(track_number))',
  ],
];

const recreate = (definition: 'before' | 'after') =>
  REPLACED.flatMap(([name, table, before, after]) => [
    `drop index ${name}`,
    `create index ${name} on ${table} ${definition === 'before' ? before : after}`,
  ]);

export async function up(knex: Knex): Promise<void> {
  await rawAll(knex, [
    ...recreate('after'),
    'drop index amazon_orders_buyer_email_trgm_index',
    'alter index sales_orders_customer_name_trgm_index set (gin_pending_list_limit = 1024)',
  ]);
}

export async function down(knex: Knex): Promise<void> {
  await rawAll(knex, [
    'alter index sales_orders_customer_name_trgm_index reset (gin_pending_list_limit)',
    `create index amazon_orders_buyer_email_trgm_index on amazon_orders using gin (buyer_email gin_trgm_ops)
       with (gin_pending_list_limit = 1024)`,
    ...recreate('before'),
  ]);
}
